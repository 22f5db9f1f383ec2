import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, type Actor } from '../../lib/auth/actor';
import { exportContentTranslations } from '../../lib/data/admin/translation-exchange-export';
import { importContentTranslations, type ImportResult } from '../../lib/data/admin/translation-exchange-import';
import { sourceHash } from '../../lib/data/admin/translations';
import { demoActor } from './support/actors';
import { testDb } from './support/db';

// PRODUCT L6: a translator's file goes out and comes back; a bad file changes nothing.

const db = testDb();
let staff: Actor, partner: Actor;
let guideId = '';
const slug = `exchange-${Date.now()}`;
const source = { title: 'Getting a library card', summary: 'Bring proof of address.', body: 'Any adult can get a card.\nIt is free.' };
const encode = (text: string) => new TextEncoder().encode(text);
const upload = (text: string | Uint8Array, locale = 'fr', fileName = 'fr.xlf') =>
  importContentTranslations(staff, { bytes: typeof text === 'string' ? encode(text) : text, fileName, locale });
const codes = (result: ImportResult) => (result.ok ? [] : result.problems.map((p) => p.code));

/** Our guide's part of a full export: what a translator assigned this guide would get back. */
async function guideXliff(scope: 'all' | 'needed' = 'all') {
  const { body } = await exportContentTranslations(staff, { locale: 'fr', format: 'xliff', scope, kind: 'guide' });
  const start = body.indexOf(`<file id="guide.${guideId}"`);
  const end = body.indexOf('</file>', start) + '</file>'.length;
  const head = body.slice(0, body.indexOf('<file '));
  return start < 0 ? `${head}</xliff>\n` : `${head}${body.slice(start, end)}\n</xliff>\n`;
}
const fill = (xliff: string, field: string, target: string) =>
  xliff.replace(new RegExp(`(<unit id="guide\\.${guideId}\\.${field}"[^>]*>\\s*<segment[^>]*><source>[^<]*</source>)(<target>[^<]*</target>)?`), `$1<target>${target}</target>`);

async function state() {
  const guide = await db.guide.findUniqueOrThrow({ where: { id: guideId }, include: { translations: { orderBy: [{ locale: 'asc' }, { field: 'asc' }] } } });
  const revisions = await db.revision.count({ where: { entityType: 'guide', entityId: guideId } });
  return { version: guide.version, revisions, translations: guide.translations.map(({ updatedAt: _u, ...t }) => t) };
}

beforeAll(async () => {
  [staff, partner] = await Promise.all([demoActor(db, 'staff'), demoActor(db, 'partner')]);
  const guide = await db.guide.create({
    data: {
      slug, ...source, status: 'published',
      translations: {
        create: [
          { locale: 'fr', field: 'title', value: 'Obtenir une carte de bibliothèque', status: 'reviewed', sourceHash: sourceHash(source.title) },
          { locale: 'fr', field: 'summary', value: 'Apportez un justificatif.', status: 'machine', sourceHash: sourceHash(source.summary) },
        ],
      },
    },
  });
  guideId = guide.id;
});
afterAll(async () => {
  await db.guide.deleteMany({ where: { slug } });
  await db.$disconnect();
});

describe('content translation export', () => {
  it('writes XLIFF 2.0 with one file per listing and one unit per field, states from the matrix', async () => {
    const xliff = await guideXliff();
    expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">');
    expect(xliff).toContain(`<unit id="guide.${guideId}.title" name="title">`);
    expect(xliff).toMatch(/<segment state="reviewed"><source>Getting a library card<\/source><target>Obtenir une carte de bibliothèque<\/target>/);
    expect(xliff).toMatch(/<segment state="translated"><source>Bring proof of address.<\/source><target>Apportez un justificatif.<\/target>/);
    expect(xliff).toMatch(/<segment state="initial"><source>Any adult can get a card.\nIt is free.<\/source><\/segment>/);
    // "Only what needs work" leaves out the reviewed title.
    const needed = await guideXliff('needed');
    expect(needed).not.toContain(`guide.${guideId}.title`);
    expect(needed).toContain(`guide.${guideId}.body`);
  });

  it('refuses a locale that is not enabled, and people who are not staff', async () => {
    await expect(exportContentTranslations(staff, { locale: 'de', format: 'csv', scope: 'all' })).rejects.toThrow(/enabled/);
    await expect(exportContentTranslations(partner, { locale: 'fr', format: 'csv', scope: 'all' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importContentTranslations(partner, { bytes: encode('x'), fileName: 'x.csv', locale: 'fr' })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('content translation import', () => {
  it('round-trips XLIFF: filled targets become reviewed translations of the current source, in a new version', async () => {
    const before = await state();
    const xliff = fill(fill(await guideXliff(), 'summary', 'Apportez un justificatif de domicile.'), 'body', 'Tout adulte peut obtenir une carte.\nElle est gratuite &amp; rapide.');
    const result = await upload(xliff);
    expect(result).toEqual({ ok: true, updated: 2, unchanged: 1, empty: 0 });
    const after = await state();
    expect(after.version).toBe(before.version + 1);
    expect(after.revisions).toBeGreaterThan(before.revisions);
    const fr = Object.fromEntries(after.translations.filter((t) => t.locale === 'fr').map((t) => [t.field, t]));
    expect(fr.body).toMatchObject({ value: 'Tout adulte peut obtenir une carte.\nElle est gratuite & rapide.', status: 'reviewed', sourceHash: sourceHash(source.body) });
    expect(fr.summary).toMatchObject({ value: 'Apportez un justificatif de domicile.', status: 'reviewed', sourceHash: sourceHash(source.summary) });
    const audit = await db.auditLog.findFirst({ where: { action: 'translations_import', actorId: staff.userId }, orderBy: { id: 'desc' } });
    expect(audit?.details).toMatchObject({ updated: 2, unchanged: 1 });
    // The same file again changes nothing.
    expect(await upload(xliff)).toEqual({ ok: true, updated: 0, unchanged: 3, empty: 0 });
    expect((await state()).version).toBe(after.version);
  });

  it('round-trips CSV (with a byte order mark), quoting commas, quotes and line breaks', async () => {
    const { body } = await exportContentTranslations(staff, { locale: 'ht', format: 'csv', scope: 'all', kind: 'guide' });
    const rows = (parse(body, { columns: true }) as Record<string, string>[]).filter((r) => r.id === guideId);
    expect(rows.map((r) => [r.field, r.status])).toEqual([['title', 'missing'], ['summary', 'missing'], ['body', 'missing']]);
    rows[0]!.target = 'Jwenn yon kat, "bibliyotèk"';
    rows[2]!.target = 'Nenpòt granmoun.\nLi gratis.';
    const csv = '\uFEFF' + stringify(rows, { header: true, columns: ['entity', 'id', 'field', 'source', 'target', 'status'] });
    expect(await upload(csv, 'ht', 'ht.csv')).toEqual({ ok: true, updated: 2, unchanged: 0, empty: 1 });
    const ht = (await state()).translations.filter((t) => t.locale === 'ht');
    expect(ht.map((t) => [t.field, t.value, t.status])).toEqual([['body', 'Nenpòt granmoun.\nLi gratis.', 'reviewed'], ['title', 'Jwenn yon kat, "bibliyotèk"', 'reviewed']]);
  });

  const good = () => fill(guideXliffCache, 'body', 'Une bonne traduction.');
  let guideXliffCache = '';
  const cases: [string, () => string | Uint8Array, string[], string?][] = [
    ['Latin-1 bytes', () => new Uint8Array([...encode(good().split('Une bonne')[0]!), 0xe9, ...encode('t\u00e9</target></segment></unit></file></xliff>')]), ['encoding']],
    ['UTF-16', () => new Uint8Array([0xff, 0xfe, 0x3c, 0x00]), ['encoding']],
    ['broken XML', () => good().replace('</source>', '</sourc>'), ['malformed']],
    ['a DTD with an entity (XXE)', () => good().replace('<xliff ', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<xliff ').replace('Une bonne', '&e; Une bonne'), ['doctype']],
    ['an undeclared entity', () => good().replace('Une bonne', '&nbsp;Une bonne'), ['doctype']],
    ['XLIFF 1.2', () => good().replace('version="2.0"', 'version="1.2"'), ['version']],
    ['another namespace', () => good().replace('urn:oasis:names:tc:xliff:document:2.0', 'urn:oasis:names:tc:xliff:document:1.2'), ['version']],
    ['a target language that is not enabled', () => good().replace('trgLang="fr"', 'trgLang="de"'), ['locale']],
    ['an unknown unit id', () => good().replace(`guide.${guideId}.body`, `guide.${guideId}.slug`), ['unknownUnit']],
    ['an unknown listing', () => good().replace(`guide.${guideId}.body`, 'guide.00000000-0000-4000-8000-000000000000.body'), ['unknownListing']],
    ['a source that changed since the export', () => good().replace('Any adult can get a card.', 'Any adult may get a card.'), ['outdated']],
    ['HTML in a plain-text field', () => good().replace('Une bonne traduction.', '&lt;script&gt;alert(1)&lt;/script&gt;'), ['markup']],
    ['inline XLIFF codes', () => good().replace('Une bonne traduction.', 'Une <pc id="1">bonne</pc> traduction.'), ['markup']],
    ['a target longer than the editor allows', () => fill(guideXliffCache, 'summary', 'x'.repeat(501)), ['tooLong']],
    ['a unit given twice', () => good().replace('</file>', `<unit id="guide.${guideId}.body"><segment><source>x</source><target>y</target></segment></unit></file>`), ['duplicate', 'outdated']],
    ['unknown elements', () => good().replace('<notes>', '<skeleton/><notes>'), ['unknownElement']],
    ['a CSV without the target column', () => 'entity,id,field,source,status\nguide,x,title,a,missing\n', ['columns']],
    ['a CSV with a broken quote', () => `entity,id,field,source,target,status\nguide,${guideId},title,"Getting,x,missing\n`, ['csv']],
  ];

  it.each(cases)('rejects %s, reporting where, and applies nothing', async (_name, file, expected) => {
    guideXliffCache ||= await guideXliff();
    const before = await state();
    const result = await upload(file());
    expect(codes(result)).toEqual(expected);
    if (!result.ok) for (const p of result.problems) expect(p.where ?? p.line ?? p.code === 'encoding').toBeTruthy();
    expect(await state()).toEqual(before);
  });

  it('applies nothing when one unit of many is bad', async () => {
    const before = await state();
    const xliff = fill(fill(await guideXliff(), 'summary', 'Un très bon résumé.'), 'body', '<b>gras</b>'.replace(/</g, '&lt;'));
    const result = await upload(xliff);
    expect(result).toEqual({ ok: false, problems: [{ code: 'markup', where: `guide.${guideId}.body`, line: expect.any(Number) }] });
    expect(await state()).toEqual(before);
  });
});
