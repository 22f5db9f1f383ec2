import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Time-to-submit check for the public forms (PRODUCT P7). The page puts the time it was
// rendered in a hidden field, signed with a server secret so a bot cannot backdate it.
// A person needs more than a few seconds to fill the form; a stamp older than a few hours
// is a page left open too long (or a replayed capture).

export const MIN_FILL_MS = 3_000;
export const MAX_AGE_MS = 4 * 60 * 60 * 1000;

// FORM_SECRET (README): shared by every server process. Unset, each process makes its own,
// so a form rendered by one process and posted to another is refused as invalid.
let processSecret: Buffer | null = null;
function secret(): Buffer {
  if (process.env.FORM_SECRET) return Buffer.from(process.env.FORM_SECRET);
  return (processSecret ??= randomBytes(32));
}

const sign = (form: string, at: number) => createHmac('sha256', secret()).update(`${form}:${at}`).digest('base64url');

/** The hidden field's value for `form` rendered at `now`. */
export function issueFormStamp(form: string, now = Date.now()): string {
  return `${now}.${sign(form, now)}`;
}

export type StampCheck = 'ok' | 'tooFast' | 'expired' | 'invalid';

export function checkFormStamp(form: string, stamp: string, now = Date.now()): StampCheck {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(stamp);
  if (!match) return 'invalid';
  const at = Number(match[1]);
  const expected = Buffer.from(sign(form, at));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  if (now - at < MIN_FILL_MS) return 'tooFast';
  if (now - at > MAX_AGE_MS) return 'expired';
  return 'ok';
}
