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
