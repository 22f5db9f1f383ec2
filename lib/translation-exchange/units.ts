import { isTranslatableKind, TRANSLATABLE, type TranslatableKind } from '../i18n/translatable-fields';

// One translatable text as it travels in an exchange file. Its id names the listing kind,
// the listing and the field ("service.<uuid>.summary"): dots never occur in any of them,
// and an XLIFF id must be an NMTOKEN (no slashes).

export type UnitState = 'missing' | 'outdated' | 'machine' | 'reviewed';
export type ExchangeUnit = { kind: TranslatableKind; id: string; field: string; label: string; source: string; target: string; state: UnitState };
export type UnitKey = { kind: TranslatableKind; id: string; field: string };

export const unitId = (u: UnitKey) => `${u.kind}.${u.id}.${u.field}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The unit a kind/id/field triple names, or null when it names no translatable field. */
export function parseUnitKey(kind: string, id: string, field: string): UnitKey | null {
  if (!isTranslatableKind(kind) || !UUID.test(id) || !TRANSLATABLE[kind].fields.includes(field)) return null;
  return { kind, id: id.toLowerCase(), field };
}

export function parseUnitId(value: string): UnitKey | null {
  const parts = value.split('.');
  return parts.length === 3 ? parseUnitKey(parts[0]!, parts[1]!, parts[2]!) : null;
}

/** An import problem: a message key in the TranslationExchange namespace, where it was, and values for the message. */
export type ExchangeProblem = { code: ProblemCode; where?: string; line?: number; values?: Record<string, string | number> };
export type ProblemCode =
  | 'encoding' | 'empty' | 'tooLarge' | 'malformed' | 'doctype' | 'notXliff' | 'version' | 'locale' | 'unknownElement'
  | 'unknownUnit' | 'unknownListing' | 'duplicate' | 'outdated' | 'markup' | 'tooLong' | 'columns' | 'csv' | 'status' | 'icu' | 'placeholders';
