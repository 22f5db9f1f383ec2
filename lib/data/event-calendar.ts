import 'server-only';
import { addDays, zonedParts, zonedToInstant } from '../time/zoned';
import type { EventFilters } from '../validation/event-params';
import { findPublicEventRows, lastEndOf, occurrencesOf, toSummary, type PublicEventSummary } from './event-rows';
import { cachedPublicRead } from './public-cache';
import { getPublicSettings } from './settings';

// The public calendar (PRODUCT P5): upcoming occurrences grouped by day, a month grid and
// the archive of past events. Days are the city's days (Settings.timezone).

export const EVENTS_PER_PAGE = 20;
const DEFAULT_SPAN_DAYS = 120;

export type CalendarItem = PublicEventSummary & { start: Date; end: Date; cancelled: boolean; moved: boolean; note: string };
export type CalendarDay = { dateKey: string; items: CalendarItem[] };

function groupByDay(items: CalendarItem[], timeZone: string): CalendarDay[] {
  const days = new Map<string, CalendarItem[]>();
  for (const item of items) {
    const key = zonedParts(item.start, timeZone).dateKey;
    if (!days.has(key)) days.set(key, []);
    days.get(key)!.push(item);
  }
  return [...days].map(([dateKey, list]) => ({ dateKey, items: list }));
}

async function itemsIn(locale: string, filters: Partial<EventFilters>, from: Date, to: Date, cacheKey?: string): Promise<CalendarItem[]> {
  const find = () => findPublicEventRows(locale, filters, { from, to });
  const rows = await (cacheKey ? cachedPublicRead(cacheKey, find) : find());
  const items = rows.flatMap((row) => {
    const summary = toSummary(row, locale);
    return occurrencesOf(row, from, to).map((o) => ({ ...summary, start: o.start, end: o.end, cancelled: o.cancelled, moved: o.moved, note: o.note }));
  });
  return items.sort((a, b) => a.start.getTime() - b.start.getTime() || a.slug.localeCompare(b.slug));
}

/** Upcoming (or, with from/to, the chosen range's) occurrences, one page of them, grouped by day. */
export async function listEventDays(locale: string, filters: EventFilters, now = new Date()) {
  const { timezone } = await getPublicSettings();
  const from = filters.from ? zonedToInstant(filters.from, 0, timezone) : now;
  const to = filters.to
    ? zonedToInstant(addDays(filters.to, 1), 0, timezone)
    : new Date(from.getTime() + DEFAULT_SPAN_DAYS * 86_400_000);
  // The default view (from now on) is what nearly everyone sees: its rows are kept (ADR 018)
  // for a minute at most, and the occurrences still worked out from now on every request.
  const { page: _page, ...filterKey } = filters;
  const cacheKey = filters.from || filters.to ? undefined : `upcoming-event-rows:${locale}:${JSON.stringify(filterKey)}`;
  const items = await itemsIn(locale, filters, from, to, cacheKey);
  const pageCount = Math.max(1, Math.ceil(items.length / EVENTS_PER_PAGE));
  const page = Math.min(filters.page, pageCount);
  const pageItems = items.slice((page - 1) * EVENTS_PER_PAGE, page * EVENTS_PER_PAGE);
  return { days: groupByDay(pageItems, timezone), total: items.length, page, pageCount, timezone, requestedPage: filters.page };
}

/** One month of occurrences by day, for the month grid. `month` is YYYY-MM; default the city's current month. */
export async function listEventMonth(locale: string, filters: EventFilters, now = new Date()) {
  const { timezone } = await getPublicSettings();
  const month = filters.month ?? zonedParts(now, timezone).dateKey.slice(0, 7);
  const first = `${month}-01`;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  const items = await itemsIn(locale, filters, zonedToInstant(first, 0, timezone), zonedToInstant(next, 0, timezone));
  const byDay = new Map(groupByDay(items, timezone).map((d) => [d.dateKey, d.items]));
  return { month, first, next, byDay, timezone, total: items.length };
}

export type PastEvent = PublicEventSummary & { firstStart: Date; lastEnd: Date };

/** Events whose last occurrence has ended, most recent first: kept, never deleted. */
export async function listPastEvents(locale: string, filters: EventFilters, now = new Date()) {
  const { timezone } = await getPublicSettings();
  const rows = await findPublicEventRows(locale, filters);
  const past: PastEvent[] = [];
  for (const row of rows) {
    const end = lastEndOf(row);
    if (end && end <= now) past.push({ ...toSummary(row, locale), firstStart: row.startsAt, lastEnd: end });
  }
  past.sort((a, b) => b.lastEnd.getTime() - a.lastEnd.getTime());
  const pageCount = Math.max(1, Math.ceil(past.length / EVENTS_PER_PAGE));
  const page = Math.min(filters.page, pageCount);
  return { events: past.slice((page - 1) * EVENTS_PER_PAGE, page * EVENTS_PER_PAGE), total: past.length, page, pageCount, timezone, requestedPage: filters.page };
}
