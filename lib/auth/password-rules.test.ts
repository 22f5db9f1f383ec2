import { describe, expect, it } from 'vitest';
import { findPasswordProblem } from './password-rules';

describe('findPasswordProblem', () => {
  it('refuses short, overlong, common and email-containing passwords', () => {
    expect(findPasswordProblem('short-pass1')).toBe('tooShort');
    expect(findPasswordProblem('x'.repeat(129))).toBe('tooLong');
    expect(findPasswordProblem('1qaz2wsx3edc')).toBe('common');
    expect(findPasswordProblem('Q1W2E3R4T5Y6')).toBe('common'); // case does not help
    expect(findPasswordProblem('my ana.lopez@city.example pw', 'ana.lopez@city.example')).toBe('containsEmail');
    expect(findPasswordProblem('ANA.LOPEZ-is-great-2026', 'ana.lopez@city.example')).toBe('containsEmail');
  });

  it('accepts a long, uncommon password', () => {
    expect(findPasswordProblem('river lantern quietly 73', 'ana@city.example')).toBeNull();
    expect(findPasswordProblem('welcome-demo-2026')).toBeNull();
  });

  it('counts characters, not UTF-16 units, for the minimum', () => {
    expect(findPasswordProblem('😀😀😀😀😀😀')).toBe('tooShort'); // 6 characters, 12 code units
  });

  it('ships a list of 10,000 common passwords', async () => {
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync('lib/auth/common-passwords.txt', 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBe(10_000);
    expect(lines).toContain('password');
  });
});
