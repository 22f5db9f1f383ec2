import { diffSnapshots, type DiffRow, type Snapshot } from '../data/admin/diff';
import type { Proposal, TranslationRow } from '../validation/partner-submission';

// A7: what a proposal would change, field by field, in the editor's own terms (the form's
// values), translations included as "translations.<locale>.<field>". For a new listing
// there is no "before": every field is an addition.

export type ListingState = { values: object; translations: TranslationRow[] };

const withTranslations = (values: object, translations: TranslationRow[]): Snapshot => {
  const out: Snapshot = { ...(values as Snapshot) };
  delete out.translations;
  delete out.message;
  for (const t of translations) out[`translations.${t.locale}.${t.field}`] = t.value;
  return out;
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Rows that differ; ids of categories, places and organizations shown by name where known. */
export function proposalDiff(current: ListingState | null, proposal: Proposal, names: Map<string, string> = new Map()): DiffRow[] {
  const before = current ? withTranslations(current.values, current.translations) : null;
  // Translations the proposal does not mention stay as they are.
  const after = withTranslations(proposal.values, [...(current?.translations ?? []).filter((c) => !proposal.translations.some((p) => p.locale === c.locale && p.field === c.field)), ...proposal.translations]);
  const named = (v: string | null) => (v === null ? null : v.replace(UUID, (id) => names.get(id) ?? id));
  return diffSnapshots(before, after)
    .filter((r) => (r.before ?? '') !== '' || (r.after ?? '') !== '')
    .map((r) => ({ field: r.field, before: named(r.before), after: named(r.after) }));
}
