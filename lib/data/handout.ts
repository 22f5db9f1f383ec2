import 'server-only';
import { db } from '../db';
import { exceptionWindow, hoursFor, type HoursGroup } from './hours';
import { localize, translationsIn, type LocalizedText } from './localize';
import { locationSelect, toPublicLocation, type PublicLocation } from './locations';
import { getPublicSettings } from './settings';
import { publicServiceWhere } from './visibility';

// P9: what the "My list" handout prints for each saved service: name, provider, phone,
// places (confidential ones by neighborhood only, via toPublicLocation), hours and what to
// bring. Only public listings: a saved service that was hidden since is simply left out.

export type HandoutService = {
  slug: string;
  name: LocalizedText;
  organizationName: string;
  phone: string | null;
  documentsToBring: LocalizedText;
  places: { location: PublicLocation; hours: HoursGroup }[];
  generalHours: HoursGroup;
};

export async function listPublicServicesForHandout(slugs: string[], locale: string, now = new Date()): Promise<HandoutService[]> {
  if (!slugs.length) return [];
  const settings = await getPublicSettings();
  const rows = await db.service.findMany({
    where: { ...publicServiceWhere(settings.verifyHideAfterDays, now), slug: { in: slugs } },
    select: {
      slug: true, name: true, sourceLocale: true, phone: true, documentsToBring: true,
      translations: { ...translationsIn(locale), where: { locale, field: { in: ['name', 'documentsToBring'] } } },
      organization: { select: { name: true } },
      locations: { select: { id: true, location: { select: locationSelect(locale) } } },
      hours: { select: { weekday: true, opensAt: true, closesAt: true, serviceAtLocationId: true } },
      exceptions: { where: { date: exceptionWindow(now) }, select: { date: true, closed: true, opensAt: true, closesAt: true, note: true, serviceAtLocationId: true } },
    },
  });
  const bySlug = new Map(
    rows.map((row) => [
      row.slug,
      {
        slug: row.slug,
        name: localize(row, 'name', row.name, locale),
        organizationName: row.organization.name,
        phone: row.phone,
        documentsToBring: localize(row, 'documentsToBring', row.documentsToBring, locale),
        places: row.locations.map((sal) => ({
          location: toPublicLocation(sal.location, locale),
          hours: hoursFor(sal.id, row.hours, row.exceptions, settings.timezone, now),
        })),
        generalHours: hoursFor(null, row.hours, row.exceptions, settings.timezone, now),
      },
    ]),
  );
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}
