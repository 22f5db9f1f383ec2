import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/icons/Icon';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { Text } from '@/components/ui/Text';
import type { ServicePlace } from '@/lib/data/services';
import { CompactHours } from './CompactHours';
import { HoursTable } from './HoursTable';
import { OpenStatusLine } from './OpenStatusLine';

/** One place where the service is offered: address (or only the neighborhood), access, hours. */
export async function PlaceDetails({ place, locale, timeZone }: { place: ServicePlace; locale: string; timeZone: string }) {
  const t = await getTranslations('Service');
  const { location, hours } = place;
  const address = location.address;
  const mapsQuery = address ? encodeURIComponent([address.line1, address.city, address.region, address.postalCode].join(', ')) : '';
  return (
    <div className="space-y-2 rounded-lg border border-gray-300 bg-white p-4">
      <h3 className="flex items-center gap-2 font-semibold"><Icon name="pin" className="size-5" /><Text value={location.name} /></h3>
      {address ? (
        <address className="not-italic" dir="auto" translate="no">
          {address.line1}{address.line2 ? <>, {address.line2}</> : null}<br />
          {address.city}, {address.region} {address.postalCode}
        </address>
      ) : (
        <p>{t('confidentialLocation')}</p>
      )}
      <p className="text-sm">{t('neighborhood', { name: location.neighborhood })}</p>
      {location.phone ? <p><PhoneLink phone={location.phone} /></p> : null}
      {address ? (
        // A plain link, followed only if the visitor chooses: no map is embedded, nothing loads from another host.
        <p className="no-print"><a href={`https://www.openstreetmap.org/search?query=${mapsQuery}`} rel="noreferrer noopener" className="underline">{t('openInMaps')}</a></p>
      ) : null}
      <p className="text-sm">{location.wheelchairAccessible ? t('wheelchair') : t('notWheelchair')}</p>
      {location.accessibilityNotes.text ? <Text value={location.accessibilityNotes} as="p" className="text-sm" /> : null}
      {location.transitDirections.text ? (
        <p className="text-sm"><span className="font-semibold">{t('transit')}: </span><Text value={location.transitDirections} /></p>
      ) : null}
      {/* "Open now" is wrong by the time a printout is read. */}
      <p className="no-print"><OpenStatusLine status={hours.status} locale={locale} timeZone={timeZone} /></p>
      {/* On paper the week takes one line, so that a service page prints on one sheet (P10). */}
      <div className="print:hidden"><HoursTable hours={hours} locale={locale} timeZone={timeZone} /></div>
      <p className="hidden text-sm print:block"><CompactHours hours={hours} locale={locale} /></p>
    </div>
  );
}
