import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { UpcomingEventList } from '@/components/events/UpcomingEventList';
import { ServiceCard } from '@/components/services/ServiceCard';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { Text } from '@/components/ui/Text';
import { listUpcomingOccurrences } from '@/lib/data/events';
import { getPublicOrganization } from '@/lib/data/organizations';
import { listPublicServicesOfOrganization } from '@/lib/data/services';
import { getPublicSettings } from '@/lib/data/settings';
import { slugSchema } from '@/lib/validation/params';
import { pageLocale } from '@/lib/i18n/page-locale';
import { publicPageMetadata } from '@/lib/seo/alternates';
import { OrganizationJsonLd } from '@/components/services/OrganizationJsonLd';
import { siteOrigin } from '@/lib/http/site-origin';

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load({ params }: Props) {
  const { locale, slug } = await params;
  return slugSchema.safeParse(slug).success ? getPublicOrganization(slug, locale) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const organization = await load(props);
  const { locale, slug } = await props.params;
  return organization ? await publicPageMetadata(locale, `/organizations/${slug}`, { title: organization.name, description: organization.description.text }) : {};
}

export default async function OrganizationPage(props: Props) {
  const locale = await pageLocale(props.params);
  const organization = await load(props);
  if (!organization) notFound();
  const [t, settings, services, events] = await Promise.all([
    getTranslations('Organization'),
    getPublicSettings(),
    listPublicServicesOfOrganization(organization.id, locale),
    listUpcomingOccurrences(locale, { limit: 6, organizationId: organization.id }),
  ]);
  return (
    <div className="space-y-6">
      <OrganizationJsonLd organization={organization} url={`${siteOrigin()}/${locale}/organizations/${organization.slug}`} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold" dir="auto">{organization.name}</h1>
        {organization.legalStatus ? <p className="text-muted">{t('legalStatus', { status: organization.legalStatus })}</p> : null}
        <Text value={organization.description} as="p" className="text-lg" notice original />
      </header>
      <section aria-labelledby="org-contact" className="space-y-1">
        <h2 id="org-contact" className="text-xl font-bold">{t('contact')}</h2>
        {organization.phone ? <p><PhoneLink phone={organization.phone} /></p> : null}
        {organization.website ? <p><a href={organization.website} rel="noreferrer noopener" className="underline"><bdi>{organization.website}</bdi></a></p> : null}
        {organization.email ? <p><a href={`mailto:${organization.email}`} className="underline"><bdi>{organization.email}</bdi></a></p> : null}
      </section>
      <section aria-labelledby="org-services" className="space-y-3">
        <h2 id="org-services" className="text-xl font-bold">{t('services')}</h2>
        {services.length ? (
          <ul className="space-y-3">
            {services.map((s) => <li key={s.slug}><ServiceCard service={s} locale={locale} timeZone={settings.timezone} /></li>)}
          </ul>
        ) : <p>{t('noServices')}</p>}
      </section>
      {events.length ? (
        <section aria-labelledby="org-events" className="space-y-3">
          <h2 id="org-events" className="text-xl font-bold">{t('events')}</h2>
          <UpcomingEventList events={events} locale={locale} />
        </section>
      ) : null}
    </div>
  );
}
