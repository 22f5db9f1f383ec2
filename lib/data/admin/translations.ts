import { createHash } from 'node:crypto';

// Translation status as staff see it (docs/decisions/002): a translation whose sourceHash
// no longer matches the source text was made from an older text, so it is "outdated"
// whatever its stored status says.

export const sourceHash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export type TranslationView = { locale: string; field: string; value: string; status: 'reviewed' | 'machine' | 'missing'; outdated: boolean };

export function translationViews(
  rows: { locale: string; field: string; value: string; status: 'reviewed' | 'machine' | 'missing'; sourceHash: string | null }[],
  source: Record<string, string | null>,
): TranslationView[] {
  return rows.map((r) => ({
    locale: r.locale, field: r.field, value: r.value, status: r.status,
    outdated: r.sourceHash !== null && r.sourceHash !== sourceHash(source[r.field] ?? ''),
  }));
}

export type TranslationEntry = { locale: string; field: string; value: string; status: 'reviewed' | 'machine' | 'missing' };

/**
 * One translation typed by staff, as the row to write: recorded as made from the current
 * source text. Refuses a field that is not translated, and the source language itself.
 */
export function translationEntryRow(entry: TranslationEntry, fields: readonly string[], sourceLocale: string, sourceText: string) {
  if (!fields.includes(entry.field) || entry.locale === sourceLocale) return null;
  return { value: entry.value, status: entry.status, sourceHash: sourceHash(sourceText) };
}
