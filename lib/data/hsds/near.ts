import 'server-only';
import { db } from '../../db';

// `postcode` + `proximity` (miles): places within that distance of the postcode's centre
// (a SearchArea of kind zip). Confidential places (T6) count at their neighborhood's centre,
// as in search, so a distance never reveals their address.

const EARTH_RADIUS_MILES = 3958.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

export function milesBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(h));
}

/** Ids of the locations near a postcode; none when the postcode is unknown. */
export async function servicesNearPostcode(postcode: string, miles: number): Promise<string[]> {
  const centre = await db.searchArea.findUnique({ where: { kind_code: { kind: 'zip', code: postcode } } });
  if (!centre) return [];
  const [locations, neighborhoods] = await Promise.all([
    db.location.findMany({ select: { id: true, isConfidential: true, neighborhood: true, latitude: true, longitude: true } }),
    db.searchArea.findMany({ where: { kind: 'neighborhood' }, select: { name: true, latitude: true, longitude: true } }),
  ]);
  const hoodCentre = new Map(neighborhoods.map((n) => [n.name, { lat: n.latitude, lng: n.longitude }]));
  const from = { lat: centre.latitude, lng: centre.longitude };
  return locations
    .filter((l) => {
      const point = l.isConfidential ? hoodCentre.get(l.neighborhood) : l.latitude != null && l.longitude != null ? { lat: l.latitude, lng: l.longitude } : undefined;
      return point !== undefined && milesBetween(from, point) <= miles;
    })
    .map((l) => l.id);
}
