import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, type Actor } from '../../lib/auth/actor';
import { StaleVersionError } from '../../lib/data/admin/errors';
import { getRevisionOrThrow, listRevisions } from '../../lib/data/admin/revisions';
import { createSimpleEntityOrThrow, getSimpleEntityForEditOrThrow, listSimpleEntities, updateSimpleEntityOrThrow } from '../../lib/data/admin/simple-entities';
import { sourceHash } from '../../lib/data/admin/translations';
import { guideInputSchema } from '../../lib/validation/admin/guide';
import { organizationInputSchema } from '../../lib/validation/admin/organization';
import { demoActor } from './support/actors';
import { testDb } from './support/db';

const db = testDb();
let staff: Actor, partner: Actor;
const XSS = `<script>alert(1)</script><svg onload=alert(2)>`;
const tag = `simple-${Date.now()}`;
beforeAll(async () => {
  [staff, partner] = await Promise.all([demoActor(db, 'staff'), demoActor(db, 'partner')]);
});
afterAll(async () => {
  const orgs = await db.organization.findMany({ where: { slug: { startsWith: tag } }, select: { id: true } });
  const guides = await db.guide.findMany({ where: { slug: { startsWith: tag } }, select: { id: true } });
  await db.revision.deleteMany({ where: { entityId: { in: [...orgs, ...guides].map((r) => r.id) } } });
  await db.organization.deleteMany({ where: { id: { in: orgs.map((o) => o.id) } } });
  await db.guide.deleteMany({ where: { id: { in: guides.map((g) => g.id) } } });
  await db.$disconnect();
});

describe('organization editor data layer', () => {
  const input = (over: Record<string, string> = {}) => organizationInputSchema.parse({
    slug: `${tag}-org-${Math.random().toString(36).slice(2, 8)}`, name: 'Test org', alternateName: '', description: 'We help.', website: 'https://org.example.org',
    email: '', phone: '555-010-0000', legalStatus: '501(c)(3) nonprofit', taxId: '12-3456789', yearFounded: '1999', status: 'draft', ...over,
  });

  it('creates and updates with revisions; refuses a stale save with what changed', async () => {
    const { id } = await createSimpleEntityOrThrow(staff, 'organization', input({ description: `D ${XSS}`, name: `N ${XSS}` }));
    const { row } = await getSimpleEntityForEditOrThrow(staff, 'organization', id);
    expect([row.name, row.description, row.yearFounded]).toEqual([`N ${XSS}`, `D ${XSS}`, 1999]);
    const updated = await updateSimpleEntityOrThrow(staff, 'organization', id, 1, { ...input({ slug: row.slug as string }), name: 'Renamed' });
    expect(updated.version).toBe(2);
    const stale = await updateSimpleEntityOrThrow(staff, 'organization', id, 1, { ...input({ slug: row.slug as string }), name: 'Other' }).catch((e) => e);
    expect(stale).toBeInstanceOf(StaleVersionError);
    expect((stale as StaleVersionError).changes).toContainEqual({ field: 'name', before: `N ${XSS}`, after: 'Renamed' });
    const revisions = await listRevisions(staff, 'organization', id);
    expect(revisions.map((r) => [r.version, r.action])).toEqual([[2, 'update'], [1, 'create']]);
    expect((await getRevisionOrThrow(staff, revisions[1]!.id)).snapshot).toMatchObject({ name: `N ${XSS}`, taxId: '12-3456789', translations: [] });
  });

  it('marks translations outdated after a source edit', async () => {
    const { id } = await createSimpleEntityOrThrow(staff, 'organization', input());
    await db.organizationTranslation.create({ data: { organizationId: id, locale: 'es', field: 'description', value: 'Ayudamos.', sourceHash: sourceHash('We help.') } });
    expect((await getSimpleEntityForEditOrThrow(staff, 'organization', id)).translationViews[0]!.outdated).toBe(false);
    const { row } = await getSimpleEntityForEditOrThrow(staff, 'organization', id);
    await updateSimpleEntityOrThrow(staff, 'organization', id, 1, { ...input({ slug: row.slug as string }), description: 'We help a lot.' });
    expect((await getSimpleEntityForEditOrThrow(staff, 'organization', id)).translationViews[0]!.outdated).toBe(true);
  });

  it('validates every field', () => {
    const result = organizationInputSchema.safeParse({ slug: 'A B', name: '', website: 'ftp://x', email: 'x', phone: 'abc', yearFounded: '3000', status: 'gone', description: '', taxId: '<b>' });
    expect(Object.keys(z.flattenError(result.error!).fieldErrors).sort()).toEqual(['email', 'name', 'phone', 'slug', 'status', 'taxId', 'website', 'yearFounded']);
  });
});

describe('guide editor data layer', () => {
  it('stores guide bodies verbatim, versions them, and refuses stale saves', async () => {
    const data = guideInputSchema.parse({ slug: `${tag}-guide`, title: `T ${XSS}`, summary: `S ${XSS}`, body: `## Rights\n\n${XSS}\n\n- one`, categoryId: '', sortOrder: '5', status: 'draft' });
    const { id } = await createSimpleEntityOrThrow(staff, 'guide', data);
    expect((await db.guide.findUniqueOrThrow({ where: { id } })).body).toBe(`## Rights\n\n${XSS}\n\n- one`);
    await updateSimpleEntityOrThrow(staff, 'guide', id, 1, { ...data, status: 'published' });
    await expect(updateSimpleEntityOrThrow(staff, 'guide', id, 1, data)).rejects.toBeInstanceOf(StaleVersionError);
    expect((await listSimpleEntities(staff, 'guide')).find((g) => g.id === id)).toMatchObject({ status: 'published', name: `T ${XSS}` });
  });

  it('refuses partners and anonymous callers', async () => {
    const some = await db.guide.findFirstOrThrow();
    for (const actor of [partner, null]) {
      await expect(createSimpleEntityOrThrow(actor, 'guide', {})).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateSimpleEntityOrThrow(actor, 'guide', some.id, some.version, {})).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getSimpleEntityForEditOrThrow(actor, 'organization', some.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listSimpleEntities(actor, 'organization')).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe('category editor data layer', () => {
  it('saves names and per-locale synonyms, which search learns at once; refuses stale saves and partners', async () => {
    const { getCategoryForEditOrThrow, listCategoriesForStaff, updateCategoryOrThrow } = await import('../../lib/data/admin/categories');
    const { categoryInputSchema, categoryValuesToInput } = await import('../../lib/validation/admin/category');
    const cat = await db.category.findFirstOrThrow({ where: { slug: 'legal-immigration' }, include: { synonyms: true } });
    const before = { name: cat.name, plainLabel: cat.plainLabel, description: cat.description, sortOrder: cat.sortOrder, showsFraudWarning: cat.showsFraudWarning };
    const esBefore = cat.synonyms.filter((s) => s.locale === 'es').map((s) => s.term);
    const input = categoryInputSchema.parse(categoryValuesToInput({
      name: cat.name, plainLabel: `${cat.plainLabel} <i>x</i>`, description: cat.description, sortOrder: String(cat.sortOrder), showsFraudWarning: 'on',
      synonyms: { es: [...esBefore, 'zzpalabraprueba'].join('\n') },
    }));
    try {
      const { version } = await updateCategoryOrThrow(staff, cat.id, cat.version, input);
      const edited = await getCategoryForEditOrThrow(staff, cat.id);
      expect(edited.plainLabel).toBe(`${cat.plainLabel} <i>x</i>`);
      expect(edited.synonyms.filter((s) => s.locale === 'es').map((s) => s.term)).toContain('zzpalabraprueba');
      const found = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "CategorySearchDocument" WHERE "categoryId" = ${cat.id}::uuid AND document @@ to_tsquery('simple', 'zzpalabraprueba')`;
      expect(found[0]!.n).toBe(1);
      const revs = await listRevisions(staff, 'category', cat.id);
      expect(revs.map((r) => r.action)).toEqual(['update', 'import']);
      await expect(updateCategoryOrThrow(staff, cat.id, cat.version, input)).rejects.toBeInstanceOf(StaleVersionError);
      await expect(updateCategoryOrThrow(partner, cat.id, version, input)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listCategoriesForStaff(null)).rejects.toBeInstanceOf(ForbiddenError);
      expect(categoryInputSchema.safeParse({ ...input, synonyms: { es: ['<script>'] } }).success).toBe(false);
      await updateCategoryOrThrow(staff, cat.id, version, { ...before, synonyms: { es: esBefore } });
    } finally {
      await db.revision.deleteMany({ where: { entityType: 'category', entityId: cat.id } });
    }
  });
});
