import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random, URL-safe secret (256 bits) for session cookies and emailed links. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this hash is stored: a copy of the database does not let anyone sign in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
