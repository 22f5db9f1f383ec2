import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, type Actor } from '../../lib/auth/actor';
import {
  createCategoryOrThrow, getCategoryForEditOrThrow, markCategoryTranslationReviewedOrThrow, restoreCategoryRevisionOrThrow, updateCategoryOrThrow,
} from '../../lib/data/admin/categories';
import { NotFoundError, StaleVersionError } from '../../lib/data/admin/errors';
import { compareRevisionsOrThrow, listRevisions } from '../../lib/data/admin/revisions';
import {
  createSimpleEntityOrThrow, getSimpleEntityForEditOrThrow, markSimpleTranslationReviewedOrThrow, restoreSimpleEntityRevisionOrThrow, updateSimpleEntityOrThrow,
} from '../../lib/data/admin/simple-entities';
import { sourceHash } from '../../lib/data/admin/translations';
import { categoryCreateSchema, categoryValuesToInput } from '../../lib/validation/admin/category';
import { guideInputSchema } from '../../lib/validation/admin/guide';
import { organizationInputSchema } from '../../lib/validation/admin/organization';
import { demoActor } from './support/actors';
import { testDb } from './support/db';

const db = testDb();
const tag = `restore-${Date.now()}`;
let staff: Actor, partner: Actor;
beforeAll(async () => {
  [staff, partner] = await Promise.all([demoActor(db, 'staff'), demoActor(db, 'partner')]);
});
afterAll(async () => {
  const ids = [
    ...(await db.organization.findMany({ where: { slug: { startsWith: tag } }, select: { id: true } })),
    ...(await db.guide.findMany({ where: { slug: { startsWith: tag } }, select: { id: true } })),
    ...(await db.category.findMany({ where: { slug: { startsWith: tag } }, select: { id: true } })),
  ].map((r) => r.id);
  await db.revision.deleteMany({ where: { entityId: { in: ids } } });
  await db.organization.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.guide.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.category.updateMany({ where: { slug: { startsWith: tag } }, data: { parentId: null } });
  await db.category.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.$disconnect();
});

const org = (over: Record<string, string> = {}) => organizationInputSchema.parse({
  slug: `${tag}-org`, name: 'Restore org', alternateName: '', description: 'First description.', website: '', email: '', phone: '', legalStatus: '', taxId: '', yearFounded: '', status: 'draft', ...over,
});

describe('organization and guide revisions: view, compare, restore, mark reviewed', () => {
  it('restores an organization version with its translations, as a new version, and compares fields', async () => {
    const { id } = await createSimpleEntityOrThrow(staff, 'organization', org());
    await db.organizationTranslation.create({ data: { organizationId: id, locale: 'es', field: 'description', value: 'Primera.', status: 'machine', sourceHash: sourceHash('First description.') } });
    await updateSimpleEntityOrThrow(staff, 'organization', id, 1, org({ description: 'Second <b>description</b>.' }));
    await db.organizationTranslation.updateMany({ where: { organizationId: id }, data: { value: 'Segunda.' } });
    await updateSimpleEntityOrThrow(staff, 'organization', id, 2, org({ description: 'Third.', name: 'Renamed org' }));
    const revisions = await listRevisions(staff, 'organization', id);
    expect(revisions.map((r) => r.version)).toEqual([3, 2, 1]);
    const v1 = revisions.find((r) => r.version === 1)!;
    const v3 = revisions.find((r) => r.version === 3)!;
    expect(await compareRevisionsOrThrow(staff, v1.id, v3.id)).toEqual(expect.arrayContaining([
      { field: 'name', before: 'Restore org', after: 'Renamed org' },
      { field: 'description', before: 'First description.', after: 'Third.' },
    ]));
    await expect(restoreSimpleEntityRevisionOrThrow(staff, 'organization', v1.id, 2)).rejects.toBeInstanceOf(StaleVersionError);
    const restored = await restoreSimpleEntityRevisionOrThrow(staff, 'organization', v1.id, 3);
    expect(restored.version).toBe(4);
    const { row, translationViews } = await getSimpleEntityForEditOrThrow(staff, 'organization', id);
    expect([row.name, row.description]).toEqual(['Restore org', 'First description.']);
    // Version 1 was saved before the Spanish translation existed: restoring it removes the translation too.
    expect(translationViews).toEqual([]);
    const latest = (await listRevisions(staff, 'organization', id))[0]!;
    expect(latest).toMatchObject({ version: 4, action: 'restore', restoredFrom: v1.id });
    // A8: the restore is in the append-only audit log, credited to who did it.
    const audit = await db.auditLog.findMany({ where: { action: 'revision_restored', targetType: 'organization', targetId: id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: staff.userId, details: { version: 4, revisionId: latest.id, restoredFrom: v1.id } });
    // A revision of another kind is not restored as an organization.
    await expect(restoreSimpleEntityRevisionOrThrow(staff, 'guide', v1.id, 4)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('restores a guide version including its translations, and marks a translation reviewed', async () => {
    const data = guideInputSchema.parse({ slug: `${tag}-guide`, title: 'Rights', summary: 'Short.', body: 'Body one.', categoryId: '', sortOrder: '1', status: 'draft' });
    const { id } = await createSimpleEntityOrThrow(staff, 'guide', data);
    await db.guideTranslation.create({ data: { guideId: id, locale: 'fr', field: 'body', value: 'Corps un.', status: 'machine', sourceHash: sourceHash('Body one.') } });
    await updateSimpleEntityOrThrow(staff, 'guide', id, 1, { ...data, title: 'Rights 2' }); // baseline v1 has no translation; v2 has it
    await db.guideTranslation.updateMany({ where: { guideId: id }, data: { value: 'Corps modifié.' } });
    await updateSimpleEntityOrThrow(staff, 'guide', id, 2, { ...data, title: 'Rights 3', body: 'Body two.' });
    const v2 = (await listRevisions(staff, 'guide', id)).find((r) => r.version === 2)!;
    await restoreSimpleEntityRevisionOrThrow(staff, 'guide', v2.id, 3);
    let edit = await getSimpleEntityForEditOrThrow(staff, 'guide', id);
    expect([edit.row.title, edit.row.body, edit.row.version]).toEqual(['Rights 2', 'Body one.', 4]);
    expect(edit.translationViews).toEqual([{ locale: 'fr', field: 'body', value: 'Corps un.', status: 'machine', outdated: false }]);

    await expect(markSimpleTranslationReviewedOrThrow(staff, 'guide', id, 3, 'fr', 'body')).rejects.toBeInstanceOf(StaleVersionError);
    await expect(markSimpleTranslationReviewedOrThrow(staff, 'guide', id, 4, 'fr', 'slug')).rejects.toBeInstanceOf(NotFoundError);
    await markSimpleTranslationReviewedOrThrow(staff, 'guide', id, 4, 'fr', 'body');
    edit = await getSimpleEntityForEditOrThrow(staff, 'guide', id);
    expect(edit.translationViews[0]).toMatchObject({ status: 'reviewed', outdated: false });
    expect(edit.row.version).toBe(5);
  });

  it('refuses partners and the signed-out, and changes nothing', async () => {
    const some = await db.organization.findFirstOrThrow({ where: { slug: `${tag}-org` } });
    const rev = (await db.revision.findFirstOrThrow({ where: { entityId: some.id } })).id;
    for (const actor of [partner, null]) {
      await expect(restoreSimpleEntityRevisionOrThrow(actor, 'organization', rev, some.version)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(markSimpleTranslationReviewedOrThrow(actor, 'organization', some.id, some.version, 'es', 'description')).rejects.toBeInstanceOf(ForbiddenError);
      await expect(restoreCategoryRevisionOrThrow(actor, rev, 1)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(markCategoryTranslationReviewedOrThrow(actor, some.id, 1, 'es', 'name')).rejects.toBeInstanceOf(ForbiddenError);
      await expect(createCategoryOrThrow(actor, categoryCreateSchema.parse(categoryValuesToInput({ name: 'x', plainLabel: 'x', description: '', sortOrder: '0', showsFraudWarning: '', synonyms: {}, slug: `${tag}-nope` })))).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await db.organization.findUniqueOrThrow({ where: { id: some.id } })).version).toBe(some.version);
    expect(await db.category.count({ where: { slug: `${tag}-nope` } })).toBe(0);
  });
});

describe('categories: create, names per language, parent, restore', () => {
  const values = (over: Record<string, unknown> = {}) => ({
    name: 'Tax help', plainLabel: 'I need help with taxes', description: '<script>alert(1)</script>', sortOrder: '3', showsFraudWarning: '',
    synonyms: { es: 'impuestos\nimpuesto', en: 'taxes' }, slug: `${tag}-tax`, parentId: '', names: { es: 'Ayuda con impuestos' }, labels: { es: 'Necesito ayuda con impuestos' }, ...over,
  });

  it('validates the web address, creates with names and synonyms, and refuses a taken address', async () => {
    for (const bad of ['Tax Help', 'tax_help', '-tax', 'tax--help', '']) {
      expect(categoryCreateSchema.safeParse(categoryValuesToInput(values({ slug: bad }) as never)).success, bad).toBe(false);
    }
    const { id } = await createCategoryOrThrow(staff, categoryCreateSchema.parse(categoryValuesToInput(values() as never)));
    const cat = await getCategoryForEditOrThrow(staff, id);
    expect(cat.description).toBe('<script>alert(1)</script>');
    expect(cat.synonyms.map((s) => `${s.locale}:${s.term}`).sort()).toEqual(['en:taxes', 'es:impuesto', 'es:impuestos']);
    expect(cat.translationViews.map((v) => [v.locale, v.field, v.value, v.status])).toEqual([
      ['es', 'name', 'Ayuda con impuestos', 'reviewed'],
      ['es', 'plainLabel', 'Necesito ayuda con impuestos', 'reviewed'],
    ]);
    expect((await listRevisions(staff, 'category', id)).map((r) => r.action)).toEqual(['create']);
    const dup = await createCategoryOrThrow(staff, categoryCreateSchema.parse(categoryValuesToInput(values() as never))).catch((e) => e);
    expect((dup as { code?: string }).code).toBe('P2002');
  });

  it('places a category under a parent, never under itself or its own child', async () => {
    const parent = await db.category.findFirstOrThrow({ where: { slug: `${tag}-tax` } });
    const { id: childId } = await createCategoryOrThrow(staff, categoryCreateSchema.parse(categoryValuesToInput(values({ slug: `${tag}-tax-child`, parentId: parent.id, names: {}, labels: {} }) as never)));
    expect((await db.category.findUniqueOrThrow({ where: { id: childId } })).parentId).toBe(parent.id);
    const input = (parentId: string) => ({ ...categoryCreateSchema.parse(categoryValuesToInput(values({ parentId }) as never)) });
    await expect(updateCategoryOrThrow(staff, parent.id, parent.version, input(childId))).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateCategoryOrThrow(staff, parent.id, parent.version, input(parent.id))).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.category.findUniqueOrThrow({ where: { id: parent.id } })).parentId).toBeNull();
  });

  it('restores a category version with its synonyms and names, and marks a translation reviewed', async () => {
    const cat = await db.category.findFirstOrThrow({ where: { slug: `${tag}-tax` } });
    const changed = categoryCreateSchema.parse(categoryValuesToInput(values({ name: 'Taxes', synonyms: { es: 'renta', en: '' }, names: { es: '' }, labels: { es: 'Impuestos' } }) as never));
    await updateCategoryOrThrow(staff, cat.id, cat.version, changed);
    let now = await getCategoryForEditOrThrow(staff, cat.id);
    expect(now.synonyms.map((s) => s.term)).toEqual(['renta']);
    expect(now.translationViews.map((v) => v.field)).toEqual(['plainLabel']);
    const first = (await listRevisions(staff, 'category', cat.id)).find((r) => r.action === 'create')!;
    await restoreCategoryRevisionOrThrow(staff, first.id, now.version);
    now = await getCategoryForEditOrThrow(staff, cat.id);
    expect(now.name).toBe('Tax help');
    expect(now.synonyms.map((s) => s.term).sort()).toEqual(['impuesto', 'impuestos', 'taxes']);
    expect(now.translationViews.map((v) => v.value)).toEqual(['Ayuda con impuestos', 'Necesito ayuda con impuestos']);
    await db.categoryTranslation.updateMany({ where: { categoryId: cat.id }, data: { status: 'machine' } });
    await markCategoryTranslationReviewedOrThrow(staff, cat.id, now.version, 'es', 'name');
    now = await getCategoryForEditOrThrow(staff, cat.id);
    expect(now.translationViews.map((v) => v.status)).toEqual(['reviewed', 'machine']);
  });
});
