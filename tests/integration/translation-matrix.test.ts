import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, type Actor } from '../../lib/auth/actor';
import { getTranslationMatrix, listTranslationGaps } from '../../lib/data/admin/translation-matrix';
import { sourceHash } from '../../lib/data/admin/translations';
import { demoActor } from './support/actors';
import { testDb } from './support/db';

const db = testDb();
let staff: Actor, partner: Actor;
const slug = `matrix-${Date.now()}`;
const guideCounts = async (locale: string) => (await getTranslationMatrix(staff)).rows.find((r) => r.kind === 'guide')!.counts[locale]!;

beforeAll(async () => {
  [staff, partner] = await Promise.all([demoActor(db, 'staff'), demoActor(db, 'partner')]);
});
afterAll(async () => {
  await db.guide.deleteMany({ where: { slug } });
  await db.$disconnect();
});

describe('translation matrix', () => {
  it('counts each field of each published listing per locale as missing, outdated, machine or reviewed', async () => {
    const [esBefore, frBefore] = [await guideCounts('es'), await guideCounts('fr')];
    const title = 'Matrix test guide';
    const guide = await db.guide.create({
      data: {
        slug, title, summary: 'A summary', body: 'A body', status: 'published',
        translations: {
          create: [
            { locale: 'es', field: 'title', value: 'Guía de prueba', status: 'reviewed', sourceHash: sourceHash(title) },
            { locale: 'es', field: 'summary', value: 'Un resumen', status: 'machine', sourceHash: sourceHash('A summary') },
            { locale: 'es', field: 'body', value: '', status: 'missing' },
            { locale: 'fr', field: 'title', value: 'Guide de test', status: 'reviewed', sourceHash: sourceHash('An older title') },
          ],
        },
      },
    });
    const [es, fr] = [await guideCounts('es'), await guideCounts('fr')];
    expect({ missing: es.missing - esBefore.missing, outdated: es.outdated - esBefore.outdated, machine: es.machine - esBefore.machine, reviewed: es.reviewed - esBefore.reviewed })
      .toEqual({ missing: 1, outdated: 0, machine: 1, reviewed: 1 });
    expect({ missing: fr.missing - frBefore.missing, outdated: fr.outdated - frBefore.outdated, machine: fr.machine - frBefore.machine, reviewed: fr.reviewed - frBefore.reviewed })
      .toEqual({ missing: 2, outdated: 1, machine: 0, reviewed: 0 });

    // The gap list names the fields; drafts do not count.
    let found = null;
    for (let page = 1; !found; page++) {
      const gaps = await listTranslationGaps(staff, { kind: 'guide', locale: 'fr', page });
      found = gaps.items.find((g) => g.id === guide.id);
      if (page * gaps.pageSize >= gaps.total) break;
    }
    expect(found?.fields).toEqual([{ field: 'title', state: 'outdated' }, { field: 'summary', state: 'missing' }, { field: 'body', state: 'missing' }]);
    await db.guide.update({ where: { id: guide.id }, data: { status: 'draft' } });
    expect((await guideCounts('fr')).missing).toBe(frBefore.missing);
  });

  it('is for staff only', async () => {
    await expect(getTranslationMatrix(partner)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listTranslationGaps(partner, { kind: 'service', locale: 'es', page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getTranslationMatrix(null)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
