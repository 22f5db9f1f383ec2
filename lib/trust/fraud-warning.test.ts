import { describe, expect, it } from 'vitest';
import { showsFraudWarning } from './fraud-warning';

describe('showsFraudWarning', () => {
  const legal = { showsFraudWarning: true };
  const health = { showsFraudWarning: false, parent: null };
  it('is on for a legal or citizenship category, even without any trust data', () => {
    expect(showsFraudWarning('not_applicable', [legal])).toBe(true);
    expect(showsFraudWarning('not_applicable', [health, legal])).toBe(true);
  });
  it('is on for a subcategory of a legal category', () => {
    expect(showsFraudWarning('not_applicable', [{ showsFraudWarning: false, parent: { showsFraudWarning: true } }])).toBe(true);
  });
  it('is on for any listing that states a legal authorization', () => {
    for (const auth of ['none', 'licensed_attorney', 'doj_accredited_representative']) expect(showsFraudWarning(auth, [health])).toBe(true);
  });
  it('is off elsewhere', () => {
    expect(showsFraudWarning('not_applicable', [health])).toBe(false);
    expect(showsFraudWarning('not_applicable', [])).toBe(false);
  });
});
