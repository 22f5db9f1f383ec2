import { describe, expect, it } from 'vitest';
import { MAX_SAVED_SERVICES, cleanSlugs, parseListParam, parseStoredList } from './saved-list';

describe('saved list parsing', () => {
  it('keeps valid distinct slugs in order', () => {
    expect(parseStoredList(JSON.stringify(['b-1', 'a', 'b-1']))).toEqual(['b-1', 'a']);
  });

  it('turns tampered storage into an empty list', () => {
    for (const raw of ['{not json', '"a"', '{"a":1}', 'null', '42', '', null, 'x'.repeat(30_000)]) expect(parseStoredList(raw)).toEqual([]);
  });

  it('drops values that are not slugs', () => {
    expect(cleanSlugs(['ok', 1, null, { a: 1 }, 'Bad Slug', '../x', '<script>', 'x'.repeat(121), 'fine-2'])).toEqual(['ok', 'fine-2']);
  });

  it('caps huge lists', () => {
    const huge = Array.from({ length: 100_000 }, (_, i) => `s-${i}`);
    expect(cleanSlugs(huge)).toHaveLength(MAX_SAVED_SERVICES);
    expect(parseListParam(huge.slice(0, 50).join(','))).toHaveLength(MAX_SAVED_SERVICES);
  });

  it('reads the link parameter leniently', () => {
    expect(parseListParam('a,,b,%%,a')).toEqual(['a', 'b']);
    expect(parseListParam(['a', 'b'])).toEqual([]);
    expect(parseListParam(undefined)).toEqual([]);
    expect(parseListParam('a,'.repeat(5_000))).toEqual([]);
  });
});
