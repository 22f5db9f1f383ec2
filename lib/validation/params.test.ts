import { describe, expect, it } from 'vitest';
import { findQueryProblem, pageParamSchema, searchQuerySchema, slugSchema } from './params';

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
