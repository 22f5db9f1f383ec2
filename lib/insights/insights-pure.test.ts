import { describe, expect, it } from 'vitest';
import { MAX_RANGE_DAYS, parseInsightsRange } from '../validation/insights';
import { normalizeQueryForInsights } from './normalize-query';
import { MAX_CANDIDATES, ZeroResultCounter } from './zero-result-counter';

describe('normalizeQueryForInsights', () => {
  it('lower-cases, strips punctuation and squeezes spaces, in any script', () => {
    expect(normalizeQueryForInsights('  Abogado   GRATIS!! ')).toBe('abogado gratis');
    expect(normalizeQueryForInsights('محامي؟')).toBe('محامي');
    expect(normalizeQueryForInsights('Ｌａｗｙｅｒ')).toBe('lawyer');
  });
  it('never keeps contact details or ID numbers', () => {
    expect(normalizeQueryForInsights('maria@example.com')).toBeNull();
    expect(normalizeQueryForInsights('call 555 016 7233')).toBeNull();
    expect(normalizeQueryForInsights('A-123-456-789')).toBeNull();
    expect(normalizeQueryForInsights('clinic 06106')).toBe('clinic 06106');
  });
  it('keeps nothing for empty or overlong text', () => {
    expect(normalizeQueryForInsights(' !? ')).toBeNull();
    expect(normalizeQueryForInsights('word '.repeat(40))).toBeNull();
  });
});

describe('ZeroResultCounter', () => {
  it('counts per day, locale and text, and forgets the previous day', () => {
    const counter = new ZeroResultCounter();
    expect(counter.add('2026-01-01', 'es', 'x')).toBe(1);
    expect(counter.add('2026-01-01', 'es', 'x')).toBe(2);
    expect(counter.add('2026-01-01', 'fr', 'x')).toBe(1);
    expect(counter.add('2026-01-02', 'es', 'x')).toBe(1);
    expect(counter.size).toBe(1);
  });
  it('stays bounded under a flood of distinct texts', () => {
    const counter = new ZeroResultCounter();
    for (let i = 0; i < MAX_CANDIDATES + 50; i++) counter.add('2026-01-01', 'en', `t${i}`);
    expect(counter.size).toBe(MAX_CANDIDATES);
    expect(counter.add('2026-01-01', 'en', 'new')).toBe(0);
    expect(counter.add('2026-01-01', 'en', 't1')).toBe(2);
  });
});

describe('parseInsightsRange', () => {
  const today = '2026-11-23';
  it('defaults to the last 30 days', () => {
    expect(parseInsightsRange({}, today)).toEqual({ from: '2026-10-25', to: today, adjusted: false });
  });
  it('accepts a valid range', () => {
    expect(parseInsightsRange({ from: '2026-01-01', to: '2026-01-31' }, today)).toEqual({ from: '2026-01-01', to: '2026-01-31', adjusted: false });
  });
  it('falls back on garbage, inverted or repeated values, and caps the length', () => {
    for (const bad of [{ from: 'x', to: today }, { from: '2026-02-01', to: '2026-01-01' }, { from: ['2026-01-01', '2026-01-02'], to: today }, { from: '2026-02-30', to: today }]) {
      expect(parseInsightsRange(bad, today)).toMatchObject({ to: today, adjusted: true });
    }
    const long = parseInsightsRange({ from: '2020-01-01', to: today }, today);
    expect(long.adjusted).toBe(true);
    expect(long.from).toBe('2025-11-23');
    expect(MAX_RANGE_DAYS).toBe(366);
  });
});
