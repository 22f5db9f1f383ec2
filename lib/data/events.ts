import 'server-only';
import { db } from '../db';
import { resolveOccurrences } from '../events/recurrence';
import { publicEventWhere } from './event-rows';
import { localize, translationsIn, type LocalizedText } from './localize';
import { cachedPublicRead } from './public-cache';

export type UpcomingOccurrence = {
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  start: Date;
  end: Date;
  allDay: boolean;
  timezone: string;
  featured: boolean;
  isFree: boolean;
  placeName: string | null;
  online: boolean;
  organization: { slug: string; name: string } | null;
};

/**
 * The next occurrences of published events, soonest first: featured ones (Welcome Week,
 * citizenship days) first when `featuredFirst`. Cancelled occurrences are left out.
 */
export async function listUpcomingOccurrences(
  locale: string,
  options: { limit: number; organizationId?: string; featuredFirst?: boolean; now?: Date },
): Promise<UpcomingOccurrence[]> {
  const now = options.now ?? new Date();
  const horizon = new Date(now.getTime() + 120 * 86_400_000);
  // The rows are kept (ADR 018); which occurrence comes next is worked out per request.
  const rows = await cachedPublicRead(`upcoming-events:${locale}:${options.organizationId ?? ''}`, () => db.event.findMany({
    where: {
      ...publicEventWhere(),
      startsAt: { lt: horizon },
      ...(options.organizationId ? { organizationId: options.organizationId } : {}),
      OR: [{ endsAt: { gt: now } }, { recurrenceRule: { not: null } }],
    },
    select: {
      slug: true, title: true, summary: true, sourceLocale: true, startsAt: true, endsAt: true, allDay: true, timezone: true,
      recurrenceRule: true, featured: true, isFree: true, onlineUrl: true,
      translations: { ...translationsIn(locale), where: { locale, field: { in: ['title', 'summary'] } } },
      location: { select: { name: true, neighborhood: true, isConfidential: true, sourceLocale: true, translations: { ...translationsIn(locale), where: { locale, field: 'name' } } } },
      organization: { select: { slug: true, name: true, status: true } },
      overrides: { select: { originalStart: true, cancelled: true, newStartsAt: true, newEndsAt: true, note: true } },
    },
  }));
  const occurrences: UpcomingOccurrence[] = [];
  for (const row of rows) {
    const next = nextOccurrence(row, now, horizon);
    if (!next) continue;
    occurrences.push({
      slug: row.slug,
      title: localize(row, 'title', row.title, locale),
      summary: localize(row, 'summary', row.summary, locale),
      start: next.start,
      end: next.end,
      allDay: row.allDay,
      timezone: row.timezone,
      featured: row.featured,
      isFree: row.isFree,
      placeName: row.location ? (row.location.isConfidential ? row.location.neighborhood : localize(row.location, 'name', row.location.name, locale).text) : null,
      online: Boolean(row.onlineUrl),
      organization: row.organization?.status === 'published' ? { slug: row.organization.slug, name: row.organization.name } : null,
    });
  }
  occurrences.sort((a, b) =>
    options.featuredFirst && a.featured !== b.featured ? (a.featured ? -1 : 1) : a.start.getTime() - b.start.getTime(),
  );
  return occurrences.slice(0, options.limit);
}

type EventRow = {
  startsAt: Date; endsAt: Date; timezone: string; recurrenceRule: string | null; allDay: boolean;
  overrides: { originalStart: Date; cancelled: boolean; newStartsAt: Date | null; newEndsAt: Date | null; note: string }[];
};

/** The next occurrence that takes place (cancelled ones skipped, moved ones at their new time). */
function nextOccurrence(row: EventRow, now: Date, horizon: Date) {
  try {
    return resolveOccurrences(row, now, horizon, 50).find((o) => !o.cancelled) ?? null;
  } catch {
    return null; // an invalid rule saved before validation existed must not break the home page
  }
}
