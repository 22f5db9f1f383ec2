import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes, normalizeRecoveryCode, parseStoredHashes } from './recovery-codes';

describe('recovery codes', () => {
  it('makes ten distinct codes in an unambiguous alphabet', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-km-np-z2-9]{5}-[a-km-np-z2-9]{5}$/);
  });

  it('accepts what a person types: any case, spaces or no dash', () => {
    const [code] = newRecoveryCodes();
    const typed = ` ${code!.toUpperCase().replace('-', ' ')} `;
    expect(looksLikeRecoveryCode(typed)).toBe(true);
    expect(hashRecoveryCode(typed)).toBe(hashRecoveryCode(code!));
    expect(normalizeRecoveryCode('AB-cd')).toBe('abcd');
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });

  it('reads only a JSON array of strings from storage', () => {
    expect(parseStoredHashes('')).toEqual([]);
    expect(parseStoredHashes('not json')).toEqual([]);
    expect(parseStoredHashes('["a",1,"b"]')).toEqual(['a', 'b']);
  });
});
