import 'server-only';
import { db } from '../db';
import { lastEnd, resolveOccurrences, type ResolvedOccurrence } from '../events/recurrence';
import type { Prisma } from '../generated/prisma/client';
import { localize, translationsIn, type LocalizedText } from './localize';
import { locationSelect, toPublicLocation, type PublicLocation } from './locations';

// The published events the public pages, feeds and JSON-LD are built from: one narrow
// select, the visibility rule, and the expansion into occurrences. Confidential places
// come out of toPublicLocation already reduced to their neighborhood.

export type EventFilter = { category?: string | null; lang?: string | null; free?: boolean };

/** Published events whose organizer (if any) is published too. */
export function publicEventWhere(filter: EventFilter = {}): Prisma.EventWhereInput {
  return {
    status: 'published',
    AND: [
      { OR: [{ organizationId: null }, { organization: { status: 'published' } }] },
      ...(filter.category ? [{ category: { slug: filter.category } }] : []),
      ...(filter.lang ? [{ languages: { has: filter.lang } }] : []),
      ...(filter.free ? [{ isFree: true }] : []),
    ],
  };
}

export const eventRowSelect = (locale: string) =>
  ({
    id: true, slug: true, sourceLocale: true, title: true, summary: true, description: true, costDescription: true, accessibilityNotes: true,
    onlineUrl: true, timezone: true, startsAt: true, endsAt: true, allDay: true, recurrenceRule: true, languages: true, isFree: true,
    registrationUrl: true, registrationRequired: true, wheelchairAccessible: true, noIdNeeded: true, featured: true, updatedAt: true, version: true,
    translations: translationsIn(locale),
    category: { select: { slug: true, name: true, sourceLocale: true, translations: translationsIn(locale) } },
    organization: { select: { id: true, slug: true, name: true, status: true } },
    location: { select: locationSelect(locale) },
    overrides: { select: { originalStart: true, cancelled: true, newStartsAt: true, newEndsAt: true, note: true }, orderBy: { originalStart: 'asc' } },
  }) as const;

export type EventRow = Prisma.EventGetPayload<{ select: ReturnType<typeof eventRowSelect> }>;

export type PublicEventSummary = {
  id: string;
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  allDay: boolean;
  timezone: string;
  featured: boolean;
  isFree: boolean;
  languages: string[];
  category: { slug: string; name: LocalizedText } | null;
  organization: { slug: string; name: string } | null;
  location: PublicLocation | null;
  online: boolean;
};

export function toSummary(row: EventRow, locale: string): PublicEventSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: localize(row, 'title', row.title, locale),
    summary: localize(row, 'summary', row.summary, locale),
    allDay: row.allDay,
    timezone: row.timezone,
    featured: row.featured,
    isFree: row.isFree,
    languages: row.languages,
    category: row.category ? { slug: row.category.slug, name: localize(row.category, 'name', row.category.name, locale) } : null,
    organization: row.organization?.status === 'published' ? { slug: row.organization.slug, name: row.organization.name } : null,
    location: row.location ? toPublicLocation(row.location, locale) : null,
    online: Boolean(row.onlineUrl),
  };
}

export async function findPublicEventRows(locale: string, filter: EventFilter, window?: { from: Date; to: Date }) {
  const where = publicEventWhere(filter);
  if (window) {
    (where.AND as Prisma.EventWhereInput[]).push(
      { OR: [{ startsAt: { lt: window.to } }, { overrides: { some: { newStartsAt: { lt: window.to } } } }] },
      { OR: [{ endsAt: { gt: window.from } }, { recurrenceRule: { not: null } }, { overrides: { some: { newEndsAt: { gt: window.from } } } }] },
    );
  }
  return db.event.findMany({ where, select: eventRowSelect(locale), orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] });
}

/** Occurrences of a row in a window; a rule saved before validation existed yields none rather than an error page. */
export function occurrencesOf(row: EventRow, from: Date, to: Date, limit = 500): ResolvedOccurrence[] {
  try {
    return resolveOccurrences(row, from, to, limit);
  } catch {
    return [];
  }
}

export function lastEndOf(row: EventRow): Date | null {
  try {
    return lastEnd(row);
  } catch {
    return row.endsAt;
  }
}
