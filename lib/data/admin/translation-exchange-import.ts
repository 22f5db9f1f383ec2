import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import { Prisma } from '../../generated/prisma/client';
import { DEFAULT_LOCALE } from '../../i18n/locales';
import { TRANSLATABLE, type TranslatableKind } from '../../i18n/translatable-fields';
import { readCsv } from '../../translation-exchange/csv';
import { decodeUtf8, hasMarkup } from '../../translation-exchange/decode';
import { unitId, type ExchangeProblem } from '../../translation-exchange/units';
import { readXliff, type ReadUnit } from '../../translation-exchange/xliff';
import { tooLongFor } from '../../validation/admin/translation-exchange';
import { recordAudit } from '../audit';
import { assertExchangeLocale, ExchangeLocaleError } from './translation-exchange-export';
import { writeImportedTranslations, type Listing } from './translation-exchange-write';
import type { Tx } from './revisions';

// Importing a translator's file (PRODUCT L6): everything is checked first and every problem
// is reported (unit id or line); if there is one, nothing is written. Otherwise all
// translations are written in one transaction, as reviewed and made from today's source.

export type ImportResult =
  | { ok: false; problems: ExchangeProblem[] }
  | { ok: true; updated: number; unchanged: number; empty: number };

async function loadListings(tx: Tx, kind: TranslatableKind, ids: string[], locale: string): Promise<Map<string, Listing>> {
  const info = TRANSLATABLE[kind];
  const columns = Prisma.raw(info.fields.map((f) => `e."${f}"`).join(', '));
  // FOR UPDATE: the sources checked here stay as they are until the translations are written.
  const rows = await tx.$queryRaw<(Record<string, string | null> & { id: string; version: number; sourceLocale: string })[]>`
    SELECT e.id, e.version, e."sourceLocale", ${columns} FROM ${Prisma.raw(`"${info.table}"`)} e WHERE e.id = ANY(${ids}::uuid[]) FOR UPDATE`;
  const translations = await tx.$queryRaw<{ ownerId: string; field: string; value: string; status: string; sourceHash: string | null }[]>`
    SELECT ${Prisma.raw(`"${info.foreignKey}"`)} AS "ownerId", field, value, status::text AS status, "sourceHash"
    FROM ${Prisma.raw(`"${info.translationTable}"`)} WHERE ${Prisma.raw(`"${info.foreignKey}"`)} = ANY(${ids}::uuid[]) AND locale = ${locale}`;
  const listings = new Map<string, Listing>();
  for (const r of rows) listings.set(r.id, { kind, id: r.id, version: r.version, sourceLocale: r.sourceLocale, source: r, translations: new Map() });
  for (const t of translations) listings.get(t.ownerId)?.translations.set(t.field, t);
  return listings;
}

function checkUnit(unit: ReadUnit, listing: Listing | undefined): ExchangeProblem[] {
  const at = { where: unit.where, line: unit.line };
  if (!unit.key) return [{ code: 'unknownUnit', ...at }];
  if (!listing || listing.sourceLocale !== DEFAULT_LOCALE) return [{ code: 'unknownListing', ...at }];
  if (unit.target.trim() === '') return []; // not translated yet: left as it is
  const source = String(listing.source[unit.key.field] ?? '').replace(/\r\n?/g, '\n');
  const problems: ExchangeProblem[] = [];
  if (source !== unit.source) problems.push({ code: 'outdated', ...at });
  if (hasMarkup(unit.target) && !hasMarkup(source)) problems.push({ code: 'markup', ...at });
  const max = tooLongFor(unit.key.kind, unit.key.field, unit.target);
  if (max !== null) problems.push({ code: 'tooLong', ...at, values: { max, length: unit.target.trim().length } });
  return problems;
}

/** Problems after which the units cannot be trusted, so they are not checked one by one. */
const UNREADABLE = new Set(['malformed', 'doctype', 'notXliff', 'version', 'columns', 'csv']);

class Rejected extends Error {
  constructor(public problems: ExchangeProblem[]) {
    super('import rejected');
  }
}

export async function importContentTranslations(actor: Actor | null, upload: { bytes: Uint8Array; fileName: string; locale: string }): Promise<ImportResult> {
  assertRole(actor, 'admin', 'staff');
  try {
    await assertExchangeLocale(upload.locale);
  } catch (error) {
    if (error instanceof ExchangeLocaleError) return { ok: false, problems: [{ code: 'locale', values: { locale: upload.locale } }] };
    throw error;
  }
  const decoded = decodeUtf8(upload.bytes);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  const file = decoded.text.trimStart().startsWith('<') ? readXliff(decoded.text, DEFAULT_LOCALE) : readCsv(decoded.text);
  const problems = [...file.problems];
  if (file.trgLang !== null && file.trgLang !== upload.locale) problems.push({ code: 'locale', line: 1, values: { locale: file.trgLang } });
  const seen = new Set<string>();
  for (const unit of file.units) {
    if (unit.key && seen.has(unitId(unit.key))) problems.push({ code: 'duplicate', where: unit.where, line: unit.line });
    if (unit.key) seen.add(unitId(unit.key));
  }
  if (problems.some((p) => UNREADABLE.has(p.code))) return { ok: false, problems };
  try {
    return await db.$transaction(
      async (tx) => {
        const listings = new Map<string, Listing>();
        for (const kind of Object.keys(TRANSLATABLE) as TranslatableKind[]) {
          const ids = [...new Set(file.units.flatMap((u) => (u.key?.kind === kind ? [u.key.id] : [])))];
          if (ids.length) for (const [id, l] of await loadListings(tx, kind, ids, upload.locale)) listings.set(`${kind}.${id}`, l);
        }
        const filled = file.units.filter((u) => u.target.trim() !== '');
        for (const unit of file.units) problems.push(...checkUnit(unit, unit.key ? listings.get(`${unit.key.kind}.${unit.key.id}`) : undefined));
        if (problems.length) throw new Rejected(problems);
        const counts = await writeImportedTranslations(tx, actor, upload.locale, filled, listings);
        await recordAudit({ action: 'translations_import', actorId: actor.userId, targetType: 'locale', targetId: upload.locale, details: { fileName: upload.fileName.slice(0, 200), ...counts } }, tx);
        return { ok: true as const, ...counts, empty: file.units.length - filled.length };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof Rejected) return { ok: false, problems: error.problems };
    throw error;
  }
}
