import { z } from 'zod';

// Building blocks shared by every staff form and by importers. Error `error` strings are
// message keys in the EditorErrors namespace, so pages translate them in the user's language.

/** Trimmed text, at most `max` characters ("" allowed). HTML is kept as typed: pages render it as text. */
export const text = (max: number) => z.string().trim().max(max, { error: 'tooLong' });
export const requiredText = (max: number) => text(max).min(1, { error: 'required' });

/** "" becomes null, so optional columns never hold empty strings. */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v), schema.nullable());

export const slug = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(100, { error: 'tooLong' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'slug' });

export const url = z
  .string()
  .trim()
  .max(500, { error: 'tooLong' })
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
    } catch {
      return false;
    }
  }, { error: 'url' });

export const email = z.string().trim().max(254, { error: 'tooLong' }).pipe(z.email({ error: 'email' }));

/** Digits with the usual separators; 7 to 15 digits (E.164 allows 15). */
export const phone = z
  .string()
  .trim()
  .max(30, { error: 'tooLong' })
  .refine((v) => {
    const digits = v.replace(/\D/g, '').length;
    return /^\+?[0-9 ().-]+$/.test(v) && digits >= 3 && digits <= 15;
  }, { error: 'phone' });

export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

export const version = z.coerce.number({ error: 'invalid' }).int().min(1);

/** BCP 47-ish language code ("es", "prs", "zh-Hans"). */
export const languageCode = z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'language' });

/** yyyy-mm-dd that is a real calendar date. */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: 'date' });

/** "HH:MM" to minutes after midnight; "24:00" allowed as a closing time. */
export const clockTime = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'time' })
  .transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5)));

export const minutesToClock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export type FieldErrors = Record<string, string[]>;

/** zod issues as { "hours.2.opensAt": ["time"] }: every error, not only the first. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    const list = (out[key] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return out;
}
