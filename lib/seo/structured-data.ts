import type { PublicLocation } from '../data/locations';
import type { WeeklyInterval } from '../hours/open-status';

// schema.org shapes shared by the service, organization and event pages (PRODUCT I4). Places
// are the public ones (lib/data/locations.ts): a confidential place is only its neighborhood,
// here as everywhere else.

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const clock = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** ISO weekday 1–7, minutes after local midnight; closing at or before opening runs past midnight. */
export function openingHoursSpecification(weekly: WeeklyInterval[]) {
  return weekly.map((w) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: `https://schema.org/${DAYS[w.weekday - 1]}`,
    opens: clock(w.opensAt),
    closes: clock(w.closesAt),
  }));
}

export function placeData(location: PublicLocation) {
  const address = location.address
    ? {
        '@type': 'PostalAddress',
        streetAddress: [location.address.line1, location.address.line2].filter(Boolean).join(', '),
        addressLocality: location.address.city,
        addressRegion: location.address.region,
        postalCode: location.address.postalCode,
      }
    : location.neighborhood || undefined;
  return {
    '@type': 'Place',
    name: location.name.text,
    ...(address ? { address } : {}),
    ...(location.phone ? { telephone: location.phone } : {}),
    ...(location.coordinates ? { geo: { '@type': 'GeoCoordinates', latitude: location.coordinates.lat, longitude: location.coordinates.lng } } : {}),
  };
}
