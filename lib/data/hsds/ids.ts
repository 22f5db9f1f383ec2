import { createHash } from 'node:crypto';

// HSDS identifiers (docs/decisions/010-hsds.md). A listing keeps the id it was imported
// with (`externalId`), so that exporting what was imported gives back the same ids; our
// own UUID is used otherwise. Rows we do not store as rows (phones, schedules, languages,
// attributes...) get ids derived from what they belong to, so two exports of the same data
// are identical.

export const HSDS_VERSION = '3.0';

/** Our one taxonomy: the site's categories. A fixed id, so that exports stay stable. */
export const WELCOME_DESK_TAXONOMY_ID = '6f1d2c8e-3b0a-5e1f-9c4d-7a2b1e0f3c5d';

export const hsdsId = (row: { id: string; externalId: string | null }) => row.externalId ?? row.id;

/** A UUID-shaped id (version 5 layout) derived from its parts. */
export function stableId(...parts: (string | number)[]): string {
  const hex = createHash('sha1').update(parts.join('\u001f')).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Prisma where-clause matching an HSDS id: the imported id, or our own UUID. */
export function whereHsdsId(id: string) {
  return UUID.test(id) ? { OR: [{ externalId: id }, { id }] } : { externalId: id };
}

/** Drops null, undefined and empty strings: HSDS declares optional fields as plain strings. */
export function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined && v !== '')) as T;
}

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Minutes after midnight as HH:MM; the end of the day is 24:00, as in iCalendar. */
export const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export const isoDate = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : undefined);
