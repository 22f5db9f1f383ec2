import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import { DEFAULT_LOCALE } from '../../i18n/locales';
import { TRANSLATABLE_KINDS, type TranslatableKind } from '../../i18n/translatable-fields';
import { writeCsv } from '../../translation-exchange/csv';
import type { ExchangeUnit, UnitState } from '../../translation-exchange/units';
import { contentXliffUnit, writeXliff } from '../../translation-exchange/xliff';
import { recordAudit } from '../audit';
import { getPublicSettings } from '../settings';
import { cellsSql, cellState } from './translation-matrix';

// Downloads for translators (PRODUCT L6): the same cells as the translation matrix, so a
// file's "needed" units are exactly the matrix's missing, outdated and machine counts.
// Only listings written in the default locale travel: an XLIFF file has one source language.

export class ExchangeLocaleError extends Error {
  constructor() {
    super('not an enabled translation locale');
    this.name = 'ExchangeLocaleError';
  }
}

/** A locale translators may work in: enabled, and not the source language itself. */
export async function assertExchangeLocale(locale: string) {
  const { enabledLocales } = await getPublicSettings();
  if (locale === DEFAULT_LOCALE || !enabledLocales.includes(locale)) throw new ExchangeLocaleError();
}

async function loadUnits(locale: string, kinds: TranslatableKind[], scope: 'all' | 'needed'): Promise<ExchangeUnit[]> {
  const units: ExchangeUnit[] = [];
  for (const kind of kinds) {
    const rows = await db.$queryRaw<{ id: string; label: string; field: string; source: string; value: string | null; state: UnitState }[]>`
      SELECT c.id, c.label, c.field, c.source, c.value, ${cellState} AS state
      FROM (${cellsSql(kind, [locale])}) AS c
      WHERE c."sourceLocale" = ${DEFAULT_LOCALE}
      ORDER BY c.label, c.id, c.position`;
    for (const r of rows) {
      if (scope === 'needed' && r.state === 'reviewed') continue;
      units.push({ kind, id: r.id, field: r.field, label: r.label, source: r.source, target: r.state === 'missing' ? '' : (r.value ?? ''), state: r.state });
    }
  }
  return units;
}

export type ContentExport = { fileName: string; contentType: string; body: string; units: number };

export async function exportContentTranslations(
  actor: Actor | null,
  query: { locale: string; format: 'xliff' | 'csv'; scope: 'all' | 'needed'; kind?: TranslatableKind },
): Promise<ContentExport> {
  assertRole(actor, 'admin', 'staff');
  await assertExchangeLocale(query.locale);
  const units = await loadUnits(query.locale, query.kind ? [query.kind] : TRANSLATABLE_KINDS, query.scope);
  const day = new Date().toISOString().slice(0, 10);
  const name = `welcome-desk-content-${query.locale}-${query.kind ?? 'all'}-${query.scope}-${day}`;
  await recordAudit({ action: 'translations_export', actorId: actor.userId, details: { ...query, units: units.length } });
  return query.format === 'xliff'
    ? { fileName: `${name}.xlf`, contentType: 'application/xliff+xml; charset=utf-8', body: writeXliff(units.map(contentXliffUnit), DEFAULT_LOCALE, query.locale), units: units.length }
    : { fileName: `${name}.csv`, contentType: 'text/csv; charset=utf-8', body: writeCsv(units.map((u) => ({ entity: u.kind, id: u.id, field: u.field, source: u.source, target: u.target, status: u.state }))), units: units.length };
}
