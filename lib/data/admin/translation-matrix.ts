import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import { Prisma } from '../../generated/prisma/client';
import { TRANSLATABLE, TRANSLATABLE_KINDS, type TranslatableKind } from '../../i18n/translatable-fields';
import { getPublicSettings } from '../settings';

// PRODUCT L3: what is missing or unreviewed, per kind of listing and locale. A cell is one
// (listing, field with source text, enabled locale other than the listing's own):
// - missing: no translation, an empty one, or one marked missing;
// - outdated: translated from an older source text (its hash differs from today's text);
// - machine: machine translated, not yet checked by a person;
// - reviewed: checked by a person, from the current text.

export type CellCounts = { missing: number; outdated: number; machine: number; reviewed: number };
export type MatrixRow = { kind: TranslatableKind; counts: Record<string, CellCounts> };

// One cell's state, from a row of cellsSql(); the first rule that holds wins.
export const cellState = Prisma.sql`
  CASE WHEN c.status IS NULL OR c.status = 'missing' OR btrim(c.value) = '' THEN 'missing'
    WHEN c."sourceHash" IS NOT NULL AND c."sourceHash" <> encode(sha256(convert_to(c.source, 'UTF8')), 'hex') THEN 'outdated'
    WHEN c.status = 'machine' THEN 'machine'
    ELSE 'reviewed' END`;

/** Every (row, field, locale) cell of one kind that needs a translation, joined to its translation if any. */
export function cellsSql(kind: TranslatableKind, locales: string[]): Prisma.Sql {
  const info = TRANSLATABLE[kind];
  const table = Prisma.raw(`"${info.table}"`);
  const translations = Prisma.raw(`"${info.translationTable}"`);
  const fk = Prisma.raw(`"${info.foreignKey}"`);
  const label = info.organizationField
    ? Prisma.raw(`concat_ws(' — ', e."${info.labelField}", (SELECT o.name FROM "Organization" o WHERE o.id = e."${info.organizationField}"))`)
    : Prisma.raw(`e."${info.labelField}"`);
  const values = Prisma.join(info.fields.map((f, i) => Prisma.sql`(${f}, e.${Prisma.raw(`"${f}"`)}, ${i}::int)`), ', ');
  const published = info.hasStatus ? Prisma.sql`AND e.status = 'published'` : Prisma.empty;
  return Prisma.sql`
    SELECT e.id, e."sourceLocale", ${label} AS label, c.field, c.position, c.source, l.locale, t.status, t.value, t."sourceHash"
    FROM ${table} e
    CROSS JOIN LATERAL (VALUES ${values}) AS c (field, source, position)
    CROSS JOIN unnest(${locales}::text[]) AS l (locale)
    LEFT JOIN ${translations} t ON t.${fk} = e.id AND t.locale = l.locale AND t.field = c.field
    WHERE btrim(coalesce(c.source, '')) <> '' AND l.locale <> e."sourceLocale" ${published}`;
}

async function translationLocales(): Promise<string[]> {
  return (await getPublicSettings()).enabledLocales;
}

export async function getTranslationMatrix(actor: Actor | null): Promise<{ locales: string[]; rows: MatrixRow[] }> {
  assertRole(actor, 'admin', 'staff');
  const locales = await translationLocales();
  const rows: MatrixRow[] = [];
  for (const kind of TRANSLATABLE_KINDS) {
    const result = await db.$queryRaw<(CellCounts & { locale: string })[]>`
      SELECT locale,
        count(*) FILTER (WHERE state = 'missing')::int AS missing, count(*) FILTER (WHERE state = 'outdated')::int AS outdated,
        count(*) FILTER (WHERE state = 'machine')::int AS machine, count(*) FILTER (WHERE state = 'reviewed')::int AS reviewed
      FROM (SELECT c.locale, ${cellState} AS state FROM (${cellsSql(kind, locales)}) AS c) AS cells
      GROUP BY locale`;
    const counts: Record<string, CellCounts> = {};
    for (const locale of locales) counts[locale] = { missing: 0, outdated: 0, machine: 0, reviewed: 0 };
    for (const { locale, ...cell } of result) counts[locale] = cell;
    rows.push({ kind, counts });
  }
  return { locales, rows };
}

export type GapState = 'missing' | 'outdated' | 'machine';
export type GapRow = { id: string; label: string; fields: { field: string; state: GapState }[] };

const PAGE_SIZE = 50;

/** The listings of one kind with untranslated or unreviewed fields in one locale, most gaps first. */
export async function listTranslationGaps(
  actor: Actor | null,
  query: { kind: TranslatableKind; locale: string; page: number },
): Promise<{ items: GapRow[]; total: number; pageSize: number }> {
  assertRole(actor, 'admin', 'staff');
  const locales = (await translationLocales()).filter((l) => l === query.locale);
  if (locales.length === 0) return { items: [], total: 0, pageSize: PAGE_SIZE };
  const rows = await db.$queryRaw<{ id: string; label: string; gaps: { field: string; state: GapState }[]; total: number }[]>`
    WITH cells AS (
      SELECT c.id, c.label, c.field, c.position, ${cellState} AS state
      FROM (${cellsSql(query.kind, locales)}) AS c
    ), listings AS (
      SELECT id, label, json_agg(json_build_object('field', field, 'state', state) ORDER BY position) AS gaps,
        count(*) FILTER (WHERE state = 'missing') AS missing, count(*) AS n
      FROM cells WHERE state <> 'reviewed' GROUP BY id, label
    )
    SELECT id, label, gaps, (count(*) OVER ())::int AS total FROM listings
    ORDER BY missing DESC, n DESC, label, id
    LIMIT ${PAGE_SIZE} OFFSET ${(query.page - 1) * PAGE_SIZE}`;
  return {
    items: rows.map((r) => ({ id: r.id, label: r.label, fields: r.gaps })),
    total: rows[0]?.total ?? 0,
    pageSize: PAGE_SIZE,
  };
}
