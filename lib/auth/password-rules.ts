import { readFileSync } from 'node:fs';
import path from 'node:path';

// The 10,000 most common passwords (lowercased), taken from the MIT-licensed
// @zxcvbn-ts/language-common 4.1.3 password list (ranked by frequency in public breaches).
let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib', 'auth', 'common-passwords.txt'), 'utf8').split('\n').filter(Boolean));
  return common;
}

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'containsEmail';

/** Why a new password is refused, or null when it is acceptable. */
export function findPasswordProblem(password: string, email?: string | null): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN) return 'tooShort';
  if (password.length > PASSWORD_MAX) return 'tooLong';
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return 'common';
  const local = email?.toLowerCase().split('@')[0];
  if (email && (lower.includes(email.toLowerCase()) || (local && local.length >= 4 && lower.includes(local)))) return 'containsEmail';
  return null;
}
