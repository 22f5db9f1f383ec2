import { z } from 'zod';
import { TRANSLATABLE_KINDS } from '../../i18n/translatable-fields';
import { isAppLocale } from '../../i18n/locales';
import { pageParamSchema } from '../params';

/** /admin/translations?kind=service&locale=es&page=2 — without kind and locale, the matrix. */
export const translationGapsQuerySchema = z.object({
  kind: z.enum(TRANSLATABLE_KINDS as [string, ...string[]]),
  locale: z.string().refine(isAppLocale),
  page: pageParamSchema,
});
