import 'server-only';
import { db } from '../db';
import type { IcsEvent } from '../events/ics';
import { eventRowSelect, findPublicEventRows, publicEventWhere, type EventFilter, type EventRow } from './event-rows';
import { localize } from './localize';
import { toPublicLocation, type PublicLocation } from './locations';

// Public events as calendar entries (PRODUCT I3). Only what the public page shows goes
// in: a confidential place is its neighborhood, never an address.

/** One line for LOCATION / JSON-LD: name and street address, or only the neighborhood. */
export function placeLine(location: PublicLocation | null): string | null {
  if (!location) return null;
  if (!location.address) return location.neighborhood || location.name.text;
  const a = location.address;
  return [location.name.text, a.line1, a.line2, a.city, [a.region, a.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

function toIcsEvent(row: EventRow, locale: string, origin: string): IcsEvent {
  const location = row.location ? toPublicLocation(row.location, locale) : null;
  const url = `${origin}/${locale}/events/${row.slug}`;
  const summary = localize(row, 'summary', row.summary, locale).text;
  const description = localize(row, 'description', row.description, locale).text;
  return {
    id: row.id,
    title: localize(row, 'title', row.title, locale).text,
    description: [summary, description, row.onlineUrl ?? '', url].filter(Boolean).join('\n\n'),
    url,
    location: placeLine(location) ?? row.onlineUrl,
    categories: row.category ? [localize(row.category, 'name', row.category.name, locale).text] : [],
    timezone: row.timezone,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    allDay: row.allDay,
    recurrenceRule: row.recurrenceRule,
    overrides: row.overrides,
    updatedAt: row.updatedAt,
    sequence: row.version,
  };
}

/** Every public event (past ones too: calendars keep history), optionally one category or session language. */
export async function listFeedEvents(locale: string, filter: EventFilter, origin: string): Promise<IcsEvent[]> {
  const rows = await findPublicEventRows(locale, filter);
  return rows.map((row) => toIcsEvent(row, locale, origin));
}

export async function getFeedEvent(slug: string, locale: string, origin: string): Promise<IcsEvent | null> {
  const row = await db.event.findFirst({ where: { ...publicEventWhere(), slug }, select: eventRowSelect(locale) });
  return row ? toIcsEvent(row, locale, origin) : null;
}
