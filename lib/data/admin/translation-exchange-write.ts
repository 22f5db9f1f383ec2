import 'server-only';
import type { Actor } from '../../auth/actor';
import { Prisma } from '../../generated/prisma/client';
import { TRANSLATABLE, type TranslatableKind } from '../../i18n/translatable-fields';
import type { ReadUnit } from '../../translation-exchange/xliff';
import { claimCategoryVersionOrThrow, finishCategoryWrite } from './categories';
import { claimEventVersionOrThrow, finishEventWrite } from './events';
import type { Tx } from './revisions';
import { claimServiceVersionOrThrow, finishServiceWrite } from './services';
import { claimSimpleEntityVersionOrThrow, finishSimpleEntityWrite } from './simple-entities';
import { sourceHash } from './translations';

// Writes a validated import. Each listing that changes gets what an editor's save gives it:
// a new version, a revision with the full snapshot, and a fresh search index entry.

export type Listing = {
  kind: TranslatableKind;
  id: string;
  version: number;
  sourceLocale: string;
  source: Record<string, string | null | number>;
  translations: Map<string, { value: string; status: string; sourceHash: string | null }>;
};

const WRITERS: Record<TranslatableKind, { claim: (tx: Tx, id: string, version: number) => Promise<void>; finish: (tx: Tx, id: string, actor: Actor) => Promise<unknown> }> = {
  service: { claim: (tx, id, v) => claimServiceVersionOrThrow(tx, id, v, {}), finish: (tx, id, a) => finishServiceWrite(tx, id, a, 'update') },
  event: { claim: (tx, id, v) => claimEventVersionOrThrow(tx, id, v, {}), finish: (tx, id, a) => finishEventWrite(tx, id, a, 'update') },
  category: { claim: (tx, id, v) => claimCategoryVersionOrThrow(tx, id, v, {}), finish: (tx, id, a) => finishCategoryWrite(tx, id, a, 'update') },
  organization: { claim: (tx, id, v) => claimSimpleEntityVersionOrThrow(tx, 'organization', id, v, {}), finish: (tx, id, a) => finishSimpleEntityWrite(tx, 'organization', id, a, 'update') },
  guide: { claim: (tx, id, v) => claimSimpleEntityVersionOrThrow(tx, 'guide', id, v, {}), finish: (tx, id, a) => finishSimpleEntityWrite(tx, 'guide', id, a, 'update') },
};

async function upsertTranslation(tx: Tx, kind: TranslatableKind, ownerId: string, locale: string, field: string, value: string, hash: string) {
  const info = TRANSLATABLE[kind];
  await tx.$executeRaw`
    INSERT INTO ${Prisma.raw(`"${info.translationTable}"`)} (id, ${Prisma.raw(`"${info.foreignKey}"`)}, locale, field, value, status, "sourceHash", "updatedAt")
    VALUES (gen_random_uuid(), ${ownerId}::uuid, ${locale}, ${field}, ${value}, 'reviewed', ${hash}, now())
    ON CONFLICT (${Prisma.raw(`"${info.foreignKey}"`)}, locale, field)
    DO UPDATE SET value = EXCLUDED.value, status = EXCLUDED.status, "sourceHash" = EXCLUDED."sourceHash", "updatedAt" = now()`;
}

/** Writes the filled units (already validated against `listings`); returns how many changed. */
export async function writeImportedTranslations(tx: Tx, actor: Actor, locale: string, units: ReadUnit[], listings: Map<string, Listing>) {
  let updated = 0;
  let unchanged = 0;
  const touched = new Set<Listing>();
  for (const unit of units) {
    const key = unit.key!;
    const listing = listings.get(`${key.kind}.${key.id}`)!;
    const value = unit.target.trim();
    const hash = sourceHash(String(listing.source[key.field] ?? ''));
    const current = listing.translations.get(key.field);
    if (current && current.value === value && current.status === 'reviewed' && current.sourceHash === hash) {
      unchanged++;
      continue;
    }
    if (!touched.has(listing)) await WRITERS[key.kind].claim(tx, listing.id, listing.version);
    touched.add(listing);
    await upsertTranslation(tx, key.kind, listing.id, locale, key.field, value, hash);
    updated++;
  }
  for (const listing of touched) await WRITERS[listing.kind].finish(tx, listing.id, actor);
  return { updated, unchanged };
}
