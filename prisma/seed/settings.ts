// Seeds the single Settings row (A11) for the demo city.
import type { Prisma } from '../../lib/generated/prisma/client';

// Riverton is fictional; the map centers on a real mid-size Connecticut city so that
// demo addresses and distances look plausible.
export const DEMO_SETTINGS = {
  cityName: process.env.DEMO_CITY_NAME?.trim() || 'Riverton',
  stateCode: 'CT',
  timezone: 'America/New_York',
  defaultLocale: 'en',
  enabledLocales: ['en', 'es', 'ar', 'fr', 'ht', 'pt', 'zh-Hans', 'fa-AF', 'pl', 'uk', 'ru', 'vi', 'ps', 'sw', 'so', 'ne'],
  emergencyPhone: '911',
  cityServicesPhone: '311',
  liaisonName: 'Office of Immigrant Affairs (demo)',
  liaisonPhone: '(555) 010-2030',
  liaisonEmail: 'welcome@riverton.example',
  isDemoData: true,
  mapCenterLat: 41.7637,
  mapCenterLng: -72.6851,
  verifyFlagAfterDays: 182,
  verifyHideAfterDays: 365,
} satisfies Omit<Prisma.SettingsCreateInput, 'id'>;

/** Creates the Settings row; an existing row (possibly edited by an admin) is left alone. */
export async function seedSettings(tx: Prisma.TransactionClient): Promise<void> {
  await tx.settings.upsert({ where: { id: 1 }, create: { id: 1, ...DEMO_SETTINGS }, update: {} });
}
