import 'server-only';
import { db } from '../db';
import { eventRowSelect, lastEndOf, occurrencesOf, publicEventWhere, toSummary } from './event-rows';
import { localize, translationsIn, type LocalizedText } from './localize';
import { cachedPublicRead } from './public-cache';
import { listPublicServicesOfOrganization } from './services';

// One event's public page: every detail, its next dates (with cancellations), the
// organizer's services. Past events stay reachable (the archive links here).

export async function getPublicEvent(slug: string, locale: string, now = new Date()) {
  const row = await cachedPublicRead(`event:${slug}:${locale}`, () => db.event.findFirst({ where: { ...publicEventWhere(), slug }, select: eventRowSelect(locale) }));
  if (!row) return null;
  const summary = toSummary(row, locale);
  const upcoming = occurrencesOf(row, now, new Date(now.getTime() + 400 * 86_400_000), 12);
  const end = lastEndOf(row);
  const services = summary.organization && row.organization ? await listPublicServicesOfOrganization(row.organization.id, locale, now) : [];
  return {
    ...summary,
    description: localize(row, 'description', row.description, locale),
    costDescription: localize(row, 'costDescription', row.costDescription, locale),
    accessibilityNotes: localize(row, 'accessibilityNotes', row.accessibilityNotes, locale),
    onlineUrl: row.onlineUrl,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    recurrenceRule: row.recurrenceRule,
    registrationUrl: row.registrationUrl,
    registrationRequired: row.registrationRequired,
    wheelchairAccessible: row.wheelchairAccessible,
    noIdNeeded: row.noIdNeeded,
    updatedAt: row.updatedAt,
    upcoming,
    isPast: end !== null && end <= now,
    lastEnd: end,
    services: services.map((s) => ({ slug: s.slug, name: s.name })),
  };
}
export type PublicEventDetail = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>;

export type FilterChoices = { categories: { slug: string; name: LocalizedText }[]; languages: string[] };

/** Categories and session languages that published events use, for the filter form. */
export function listEventFilterChoices(locale: string): Promise<FilterChoices> {
  return cachedPublicRead(`event-filter-choices:${locale}`, () => readEventFilterChoices(locale));
}

async function readEventFilterChoices(locale: string): Promise<FilterChoices> {
  const [categories, languageRows] = await Promise.all([
    db.category.findMany({
      where: { events: { some: publicEventWhere() } },
      orderBy: { sortOrder: 'asc' },
      select: { slug: true, name: true, sourceLocale: true, translations: translationsIn(locale) },
    }),
    db.event.findMany({ where: publicEventWhere(), select: { languages: true } }),
  ]);
  return {
    categories: categories.map((c) => ({ slug: c.slug, name: localize(c, 'name', c.name, locale) })),
    languages: [...new Set(languageRows.flatMap((r) => r.languages))].sort(),
  };
}

