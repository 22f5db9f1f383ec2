// Field-by-field comparison of two revision snapshots. A snapshot is flattened into
// "path → text" pairs ("name", "translations.es.summary", "hours"), so one table shows
// scalar fields, per-locale translations and lists alike.

export type Snapshot = Record<string, unknown>;
export type DiffRow = { field: string; before: string | null; after: string | null };

/** Objects with their keys sorted, so that the same values saved in another key order compare equal. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]));
  return value;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(sortedKeys(value));
}

export function flattenSnapshot(snapshot: Snapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(snapshot)) {
    if (key === 'translations' && Array.isArray(value)) {
      for (const t of value as { locale: string; field: string; value: string; status: string }[]) {
        out.set(`translations.${t.locale}.${t.field}`, t.value);
        out.set(`translations.${t.locale}.${t.field}.status`, t.status);
      }
    } else if (Array.isArray(value)) {
      out.set(key, value.map(show).join('\n'));
    } else {
      out.set(key, show(value));
    }
  }
  return out;
}

/** Rows for every field that differs, in a stable order. */
export function diffSnapshots(before: Snapshot | null, after: Snapshot): DiffRow[] {
  const a = before ? flattenSnapshot(before) : new Map<string, string>();
  const b = flattenSnapshot(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys
    .filter((k) => (a.get(k) ?? '') !== (b.get(k) ?? ''))
    .map((field) => ({ field, before: a.get(field) ?? null, after: b.get(field) ?? null }));
}
