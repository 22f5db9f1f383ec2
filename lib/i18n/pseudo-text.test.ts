import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { PSEUDO_LETTERS, pseudoizeMessage } from './pseudo-text';

describe('pseudo-localization', () => {
  it('accents letters, brackets the text and makes it about a third longer', () => {
    const out = pseudoizeMessage('Find help near you');
    expect(out).toMatch(/^\[.*\]$/);
    expect(out).not.toMatch(/[a-z]/i);
    expect([...out].filter((c) => PSEUDO_LETTERS.has(c)).length).toBe(15);
    expect(out.length).toBeGreaterThanOrEqual(Math.round('Find help near you'.length * 1.35));
  });

  it('keeps placeholders, plural branches, # and rich-text tags working', () => {
    const message = pseudoizeMessage('Call <phone>{number}</phone>: {count, plural, one {# result} other {# results}} for {query}');
    const t = createTranslator({ locale: 'en', messages: { m: message } });
    const text = t.rich('m', { number: '311', count: 2, query: 'food', phone: (chunks) => `(${chunks})` });
    expect(text).toMatch(/^\[Çáĺĺ \(311\): 2 ŕéšúĺţš ƒóŕ food ~+\]$/);
  });
});
