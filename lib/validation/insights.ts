import { z } from 'zod';
import { addDays } from '../time/zoned';

// The insights page's date range (?from=YYYY-MM-DD&to=YYYY-MM-DD). A malformed or inverted
// range falls back to the last 30 days; a range is at most a year.

export const DEFAULT_RANGE_DAYS = 30;
export const MAX_RANGE_DAYS = 366;

const dateKey = z.iso.date();

export type DateRange = { from: string; to: string; adjusted: boolean };

export function parseInsightsRange(params: { from?: string | string[]; to?: string | string[] }, today: string): DateRange {
  const from = dateKey.safeParse(params.from);
  const to = dateKey.safeParse(params.to);
  const fallback = { from: addDays(today, -(DEFAULT_RANGE_DAYS - 1)), to: today };
  if (params.from === undefined && params.to === undefined) return { ...fallback, adjusted: false };
  if (!from.success || !to.success || from.data > to.data) return { ...fallback, adjusted: true };
  if (daysBetween(from.data, to.data) >= MAX_RANGE_DAYS) return { from: addDays(to.data, -(MAX_RANGE_DAYS - 1)), to: to.data, adjusted: true };
  return { from: from.data, to: to.data, adjusted: false };
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
