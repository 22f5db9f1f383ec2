import { z } from 'zod';
import { LOCALES } from '../../i18n/locales';
import { email, optional, phone, requiredText, text } from './common';

const timezone = z.string().trim().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.includes('/') || tz === 'UTC';
  } catch {
    return false;
  }
}, { error: 'timezone' });

const days = z.coerce.number({ error: 'number' }).int({ error: 'number' }).min(1, { error: 'range' }).max(3650, { error: 'range' });

export const settingsInputSchema = z
  .object({
    cityName: requiredText(100),
    stateCode: text(10),
    timezone,
    defaultLocale: z.enum(LOCALES, { error: 'invalid' }),
    enabledLocales: z.array(z.enum(LOCALES, { error: 'invalid' })).min(1, { error: 'required' }),
    emergencyPhone: phone,
    cityServicesPhone: phone,
    liaisonName: text(100),
    liaisonPhone: z.union([z.literal(''), phone]),
    liaisonEmail: z.union([z.literal(''), email]),
    logoPath: optional(text(300).regex(/^\/[A-Za-z0-9._/-]+$/, { error: 'path' })),
    verifyFlagAfterDays: days,
    verifyHideAfterDays: days,
  })
  .superRefine((s, ctx) => {
    if (s.verifyHideAfterDays <= s.verifyFlagAfterDays) ctx.addIssue({ code: 'custom', message: 'hideAfterFlag', path: ['verifyHideAfterDays'] });
    if (!s.enabledLocales.includes(s.defaultLocale)) ctx.addIssue({ code: 'custom', message: 'defaultNotEnabled', path: ['defaultLocale'] });
  });

export type SettingsInput = z.output<typeof settingsInputSchema>;

export function settingsFormToValues(fd: FormData) {
  const s = (n: string) => (typeof fd.get(n) === 'string' ? (fd.get(n) as string) : '');
  return {
    cityName: s('cityName'), stateCode: s('stateCode'), timezone: s('timezone'), defaultLocale: s('defaultLocale'),
    enabledLocales: fd.getAll('enabledLocales').filter((v) => typeof v === 'string'),
    emergencyPhone: s('emergencyPhone'), cityServicesPhone: s('cityServicesPhone'), liaisonName: s('liaisonName'),
    liaisonPhone: s('liaisonPhone'), liaisonEmail: s('liaisonEmail'), logoPath: s('logoPath'),
    verifyFlagAfterDays: s('verifyFlagAfterDays'), verifyHideAfterDays: s('verifyHideAfterDays'),
  };
}
