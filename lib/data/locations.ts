import { localize, type LocalizedText, type TranslationRow } from './localize';

// PRODUCT T6: for a confidential location the exact address and coordinates are dropped
// here, in the data layer, so no page, JSON-LD or API built on it can leak them.

export type PublicLocation = {
  name: LocalizedText;
  isConfidential: boolean;
  neighborhood: string;
  phone: string | null;
  address: { line1: string; line2: string | null; city: string; region: string; postalCode: string } | null;
  coordinates: { lat: number; lng: number } | null;
  wheelchairAccessible: boolean;
  transitDirections: LocalizedText;
  accessibilityNotes: LocalizedText;
};

export type LocationRow = {
  name: string; sourceLocale: string; isConfidential: boolean; neighborhood: string; phone: string | null;
  address1: string; address2: string | null; city: string; region: string; postalCode: string;
  latitude: number | null; longitude: number | null; wheelchairAccessible: boolean;
  transitDirections: string; accessibilityNotes: string; translations: TranslationRow[];
};

export const locationSelect = (locale: string) =>
  ({
    name: true, sourceLocale: true, isConfidential: true, neighborhood: true, phone: true,
    address1: true, address2: true, city: true, region: true, postalCode: true, latitude: true, longitude: true,
    wheelchairAccessible: true, transitDirections: true, accessibilityNotes: true,
    translations: { where: { locale }, select: { locale: true, field: true, value: true, status: true } },
  }) as const;

export function toPublicLocation(row: LocationRow, locale: string): PublicLocation {
  const confidential = row.isConfidential;
  return {
    name: confidential ? localize(row, 'neighborhood', row.neighborhood, locale) : localize(row, 'name', row.name, locale),
    isConfidential: confidential,
    neighborhood: row.neighborhood,
    phone: row.phone,
    address: confidential
      ? null
      : { line1: row.address1, line2: row.address2, city: row.city, region: row.region, postalCode: row.postalCode },
    coordinates: confidential || row.latitude == null || row.longitude == null ? null : { lat: row.latitude, lng: row.longitude },
    wheelchairAccessible: row.wheelchairAccessible,
    transitDirections: confidential ? localize(row, '', '', locale) : localize(row, 'transitDirections', row.transitDirections, locale),
    accessibilityNotes: localize(row, 'accessibilityNotes', row.accessibilityNotes, locale),
  };
}
