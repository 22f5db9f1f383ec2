import { describe, expect, it } from 'vitest';
import { searchPublicServices } from '../../lib/data/search';
import { parseSearchParams, type SearchParams } from '../../lib/validation/search-params';
import { search } from './support/search';

// Issue 3 "Bad input": hostile or broken input never fails; it gives a sensible result or
// says plainly what happened. (The HTTP side, 400 pages and status codes, is in
// tests/e2e/search.spec.ts.)
const plain: SearchParams = { q: '', page: 1, category: null, lang: null, near: null, within: null, sort: null, flags: [] };

describe('search with hostile input', () => {
  it.each(["' OR 1=1 --", "'; DROP TABLE \"Service\"; --", 'lawyer\') OR (\'1\'=\'1', '1 UNION SELECT password FROM "Account"'])('treats SQL as words: %s', async (q) => {
    const outcome = await search('en', { q });
    expect(outcome.items.length).toBeLessThanOrEqual(20);
    expect(['all', 'similar', 'any', 'nothing']).toContain(outcome.match);
  });

  it.each(['&|!:*()', '!!', ':*', "'", '\\', '<->', 'a & b | !c', 'lawyer:*A & !x'])('treats tsquery syntax as text: %s', async (q) => {
    const outcome = await search('en', { q });
    expect(outcome.total).toBeGreaterThanOrEqual(0);
  });

  it('finds nothing, and says so, in a query without letters or digits', async () => {
    for (const q of ['&|!:*()', '😀😀', '—', '؟']) {
      const outcome = await search('en', { q });
      expect(outcome.match, q).toBe('nothing');
      expect(outcome.total).toBe(0);
    }
  });

  it('searches the words around emoji and stray symbols', async () => {
    const outcome = await search('es', { q: '😀 abogado!!! ¿?' });
    expect(outcome.total).toBeGreaterThan(0);
  });

  it('drops control and direction-override characters', async () => {
    const params = parseSearchParams({ q: '\u202Eabogado\u0000\u200F' })!;
    expect(params.q).toBe('abogado');
    expect((await searchPublicServices(params, 'es')).total).toBeGreaterThan(0);
  });

  it('refuses queries over 200 characters before searching; a long query within it still works', async () => {
    expect(parseSearchParams({ q: 'x'.repeat(10_000) })).toBeNull();
    const long = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ').slice(0, 200);
    const outcome = await searchPublicServices({ ...plain, q: long }, 'en');
    expect(outcome.total).toBe(0);
    // Even called directly with far more than the form allows, only the first words count.
    const huge = await searchPublicServices({ ...plain, q: 'lawyer '.repeat(2_000) }, 'en');
    expect(huge.total).toBeGreaterThan(0);
  });

  it('leaves out well-formed values that name nothing, and says which', async () => {
    const outcome = await search('en', { q: 'lawyer', category: 'no-such-category', near: '99999', sort: 'price' });
    expect(outcome.ignored).toEqual(['category', 'near', 'sort']);
    expect(outcome.params).toMatchObject({ category: null, near: null, sort: null });
    expect(outcome.total).toBe((await search('en', { q: 'lawyer' })).total);
    expect((await search('en', { near: 'downtown', within: '7' })).ignored).toEqual(['within']);
    expect((await search('en', { sort: 'distance' })).ignored).toEqual(['sort']);
  });

  it('answers a language nobody speaks with no results, not an error', async () => {
    const outcome = await search('en', { lang: 'tlh' });
    expect(outcome.total).toBe(0);
    expect(outcome.facets.languages.find((l) => l.code === 'tlh')?.count).toBe(0);
  });

  it('reports a page past the end, for the page to answer 404', async () => {
    const outcome = await search('en', { q: 'lawyer', page: '9999' });
    expect(outcome.page).toBeGreaterThan(outcome.pageCount);
    expect(outcome.items).toEqual([]);
  });
});
