// Riverton's neighborhoods: fictional names on real Hartford-area ZIP codes, centred
// within ~3 km of the city's map centre (41.7637, -72.6851).
import type { NeighborhoodKey } from './types';

export const CITY = { name: 'Riverton', region: 'CT', country: 'US' } as const;

export const NEIGHBORHOODS: Record<NeighborhoodKey, { name: string; postalCode: string; lat: number; lng: number }> = {
  downtown: { name: 'Downtown', postalCode: '06103', lat: 41.766, lng: -72.674 },
  northEnd: { name: 'North End', postalCode: '06112', lat: 41.79, lng: -72.687 },
  frogHollow: { name: 'Frog Hollow', postalCode: '06106', lat: 41.7575, lng: -72.686 },
  parkville: { name: 'Parkville', postalCode: '06106', lat: 41.7585, lng: -72.7085 },
  asylumHill: { name: 'Asylum Hill', postalCode: '06105', lat: 41.7735, lng: -72.6975 },
  southGreen: { name: 'South Green', postalCode: '06114', lat: 41.751, lng: -72.676 },
  riverside: { name: 'Riverside', postalCode: '06120', lat: 41.787, lng: -72.666 },
  elmHeights: { name: 'Elm Heights', postalCode: '06114', lat: 41.74, lng: -72.692 },
};
