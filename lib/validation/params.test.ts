import { describe, expect, it } from 'vitest';
import { findQueryProblem, hasMalformedPathEncoding, pageParamSchema, searchQuerySchema, slugSchema, staffListQuery } from './params';

describe('pageParamSchema', () => {
  it('defaults to 1 and accepts whole numbers', () => {
    expect(pageParamSchema.parse(undefined)).toBe(1);
    expect(pageParamSchema.parse('3')).toBe(3);
  });
  it.each(['0', '-1', 'abc', '1.5', '1e3', '999999', ' 2', '02', ''])('refuses %j', (value) => {
    expect(pageParamSchema.safeParse(value).success).toBe(false);
  });
});

describe('slugSchema', () => {
  it('accepts kebab-case and refuses anything else', () => {
    expect(slugSchema.safeParse('free-legal-help').success).toBe(true);
    for (const bad of ['', 'Bad', '../etc', 'a--b', '-a', "x' OR 1=1", 'a'.repeat(121)]) {
      expect(slugSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('searchQuerySchema', () => {
  it('strips control and bidi-override characters', () => {
    expect(searchQuerySchema.parse({ q: '\u202Eabogado\u0000 ' }).q).toBe('abogado');
  });
});

describe('findQueryProblem', () => {
  it('flags malformed and repeated pages and overlong queries', () => {
    expect(findQueryProblem(new URLSearchParams('page=2'))).toBeNull();
    expect(findQueryProblem(new URLSearchParams('page=x'))).toBe('page');
    expect(findQueryProblem(new URLSearchParams('page=1&page=2'))).toBe('page');
    expect(findQueryProblem(new URLSearchParams(`q=${'a'.repeat(201)}`))).toBe('q');
  });
});

describe('hasMalformedPathEncoding', () => {
  it('flags paths that cannot be decoded (Next.js would answer a bare 500)', () => {
    for (const path of ['/en/services/%FF', '/en/services/%C3%28', '/en/admin/events/%ED%A0%80', '/en/categories/%', '/api/hsds/services/a%E0b']) {
      expect(hasMalformedPathEncoding(path), path).toBe(true);
    }
  });
  it('lets well-formed paths through, encoded or not', () => {
    for (const path of ['/en/services/abc', '/en/services/%E2%80%AEabc', '/en/search', '/ar/%D8%A8%D8%AD%D8%AB', '/en/categories/..%2F..%2Fetc']) {
      expect(hasMalformedPathEncoding(path), path).toBe(false);
    }
  });
});

describe('staffListQuery', () => {
  it('drops NUL, control and direction characters and caps the length', () => {
    expect(staffListQuery('a\u0000b\u202E c ')).toBe('a b  c');
    expect(staffListQuery('x'.repeat(500))).toHaveLength(100);
    expect(staffListQuery(['a', 'b'])).toBe('');
    expect(staffListQuery(undefined)).toBe('');
  });
});
