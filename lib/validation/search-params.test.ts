import { describe, expect, it } from 'vitest';
import { hasSearchParamsProblem, parseSearchParams } from './search-params';

describe('parseSearchParams', () => {
  it('reads every filter, and treats empty values as not set', () => {
    expect(parseSearchParams({ q: ' abogado ', category: 'legal-immigration', lang: 'es', free: '1', opennow: 'on', near: '06106', within: '5', sort: 'distance', page: '2' })).toEqual({
      q: 'abogado', page: 2, category: 'legal-immigration', lang: 'es', near: '06106', within: 5, sort: 'distance', flags: ['free', 'opennow'],
    });
    expect(parseSearchParams({ q: '', category: '', lang: '', near: '', within: '', sort: '', free: '' })).toEqual({
      q: '', page: 1, category: null, lang: null, near: null, within: null, sort: null, flags: [],
    });
  });

  it('accepts language tags as services store them', () => {
    for (const lang of ['es', 'prs', 'zh-Hans', 'fa-AF']) expect(parseSearchParams({ lang })?.lang).toBe(lang);
  });

  it('ignores parameters it does not know', () => {
    expect(parseSearchParams({ q: 'x', utm_source: 'flyer' })?.q).toBe('x');
  });

  it.each([
    ['free', 'banana'], ['within', 'abc'], ['within', '-1'], ['within', '1e9'], ['category', "x' OR 1=1"], ['category', '../etc'],
    ['lang', 'español'], ['near', 'Frog Hollow'], ['sort', 'name DESC'], ['page', '0'], ['page', '-3'], ['page', '99999999'], ['q', 'x'.repeat(201)],
  ])('refuses %s=%j', (name, value) => {
    expect(parseSearchParams({ [name]: value })).toBeNull();
  });

  it('refuses a repeated parameter', () => {
    expect(parseSearchParams({ category: ['health', 'food-basic-needs'] })).toBeNull();
    expect(hasSearchParamsProblem(new URLSearchParams('free=1&free=1'))).toBe(true);
    expect(hasSearchParamsProblem(new URLSearchParams('q=lawyer&free=1&near=frog-hollow&within=2'))).toBe(false);
  });

  it('keeps hostile text as plain words, without control or direction characters', () => {
    expect(parseSearchParams({ q: "' OR 1=1 --" })?.q).toBe("' OR 1=1 --");
    expect(parseSearchParams({ q: '\u202Eevil\u0007' })?.q).toBe('evil');
  });
});
