import { z } from 'zod';
import { isAppLocale } from '../i18n/locales';

// `/<locale>/language?to=es&path=/services/x`: the language picker's links. `path` is the
// page to return to, without its locale; it must be a path on this site (no scheme, no
// host, no `//`), or the link would be an open redirect.
export const languageSwitchSchema = z.object({
  to: z.string().refine(isAppLocale),
  path: z
    .string()
    .max(1000)
    .regex(/^(\/[A-Za-z0-9._~%!$&'()*+,;=:@-]*)*$/)
    .refine((p) => !p.includes('//') && !p.includes('\\'))
    .optional()
    .transform((p) => p ?? ''),
});

export function parseLanguageSwitch(params: URLSearchParams) {
  if (params.getAll('to').length !== 1 || params.getAll('path').length > 1) return null;
  const parsed = languageSwitchSchema.safeParse({ to: params.get('to'), path: params.get('path') ?? undefined });
  return parsed.success ? parsed.data : null;
}
