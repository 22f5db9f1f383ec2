import { JsonLd } from '@/components/seo/JsonLd';
import type { getPublicService } from '@/lib/data/services';
import { openingHoursSpecification, placeData } from '@/lib/seo/structured-data';

type PublicService = NonNullable<Awaited<ReturnType<typeof getPublicService>>>;

/** schema.org Service: how to reach it (places, phone, web), in which languages, and when. */
export function ServiceJsonLd({ service, url, organizationUrl }: { service: PublicService; url: string; organizationUrl: string }) {
  const channels = [
    ...service.places.map((place) => ({ '@type': 'ServiceChannel', serviceLocation: placeData(place.location) })),
    ...(service.contact.phone ? [{ '@type': 'ServiceChannel', servicePhone: { '@type': 'ContactPoint', telephone: service.contact.phone } }] : []),
    ...(service.contact.website ? [{ '@type': 'ServiceChannel', serviceUrl: service.contact.website }] : []),
  ];
  const weekly = [...(service.generalHours?.weekly ?? []), ...service.places.flatMap((p) => p.hours.weekly)];
  return (
    <JsonLd
      data={{
        '@type': 'Service',
        name: service.name.text,
        description: service.summary.text || service.description.text,
        url,
        provider: { '@type': 'Organization', name: service.organization.name, url: organizationUrl },
        category: service.categories.map((c) => c.name.text),
        availableLanguage: service.languages,
        ...(channels.length ? { availableChannel: channels } : {}),
        ...(weekly.length ? { hoursAvailable: openingHoursSpecification(weekly) } : {}),
        ...(service.access.isFree ? { offers: { '@type': 'Offer', price: 0, priceCurrency: 'USD' } } : {}),
      }}
    />
  );
}
