import { randomBytes } from 'node:crypto';
import { hashToken } from './tokens';

// Recovery (backup) codes for two-step verification: ten one-time codes shown once when
// it is turned on, for the day the phone is lost. 50 random bits each, so a SHA-256 hash
// is enough to store (no slow hash needed, as for tokens); only the hashes are kept.

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'; // no l, o, 0, 1: easy to copy by hand

function randomGroup(length: number): string {
  const bytes = randomBytes(length);
  return [...bytes].map((b) => ALPHABET[b % 32]).join('');
}

/** Ten new codes, formatted "abcde-fghij" for reading aloud and typing. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => `${randomGroup(5)}-${randomGroup(5)}`);
}

/** What a person typed, in the stored form: lower case, no spaces or dashes. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, '');
}

export const looksLikeRecoveryCode = (input: string) => /^[a-z2-9]{10}$/.test(normalizeRecoveryCode(input));

export const hashRecoveryCode = (code: string) => hashToken(`recovery:${normalizeRecoveryCode(code)}`);

/** TwoFactor.backupCodes holds a JSON array of hashes; anything else counts as none. */
export function parseStoredHashes(stored: string): string[] {
  try {
    const value: unknown = JSON.parse(stored || '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
