// Reference places for "near" in search (issue 3): the demo city's ZIP codes 06101–06120
// and its neighborhoods, each with a centre point. The ZIP centres are approximations of
// the real Hartford-area ZIP codes the fictional Riverton borrows (PO-box-only codes sit at
// the post office downtown); the neighborhoods are those of data/places.ts.
import { NEIGHBORHOODS } from './places';

export type SearchAreaData = { kind: 'zip' | 'neighborhood'; code: string; name: string; latitude: number; longitude: number };

const ZIP_CENTRES: Record<string, [number, number]> = {
  '06101': [41.7659, -72.6734],
  '06102': [41.7659, -72.6734],
  '06103': [41.7672, -72.6755],
  '06104': [41.7659, -72.6734],
  '06105': [41.7742, -72.7036],
  '06106': [41.7497, -72.6951],
  '06107': [41.7527, -72.7576],
  '06108': [41.7804, -72.6237],
  '06109': [41.7021, -72.6704],
  '06110': [41.7322, -72.7337],
  '06111': [41.6870, -72.7302],
  '06112': [41.7913, -72.6962],
  '06113': [41.7425, -72.6545],
  '06114': [41.7403, -72.6726],
  '06115': [41.7659, -72.6734],
  '06116': [41.7659, -72.6734],
  '06117': [41.7897, -72.7530],
  '06118': [41.7488, -72.6099],
  '06119': [41.7630, -72.7268],
  '06120': [41.7862, -72.6659],
};

const slugify = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const SEARCH_AREAS: SearchAreaData[] = [
  ...Object.values(NEIGHBORHOODS).map((n) => ({ kind: 'neighborhood' as const, code: slugify(n.name), name: n.name, latitude: n.lat, longitude: n.lng })),
  ...Object.entries(ZIP_CENTRES).map(([code, [latitude, longitude]]) => ({ kind: 'zip' as const, code, name: code, latitude, longitude })),
];
