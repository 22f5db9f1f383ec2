import { z } from 'zod';
import { TRANSLATABLE_KINDS, type TranslatableKind } from '../../i18n/translatable-fields';
import { categoryInputSchema } from './category';
import { rawSchema as eventSchema } from './event';
import { guideInputSchema } from './guide';
import { organizationInputSchema } from './organization';
import { serviceInputSchema } from './service';

// The translators' exchange files (PRODUCT L6): download options, the upload form, and the
// editors' own limits for each translated field.

export const EXCHANGE_FORMATS = ['xliff', 'csv'] as const;
export const EXCHANGE_SCOPES = ['all', 'needed'] as const;

/** Locales are checked against the enabled ones by lib/data; here only their shape. */
const localeCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$/);

export const contentExportQuerySchema = z.object({
  locale: localeCode,
  format: z.enum(EXCHANGE_FORMATS),
  scope: z.enum(EXCHANGE_SCOPES).default('needed'),
  kind: z.preprocess((v) => (v === '' ? undefined : v), z.enum(TRANSLATABLE_KINDS).optional()),
});

export const uiMessagesExportQuerySchema = z.object({ locale: localeCode, format: z.enum(EXCHANGE_FORMATS) });

export const contentImportFormSchema = z.object({
  locale: localeCode,
  translationLocale: localeCode,
  file: z.instanceof(File, { error: 'fileRequired' }).refine((f) => f.size > 0, { error: 'fileRequired' }),
});

const SHAPES: Record<TranslatableKind, Record<string, z.ZodType>> = {
  service: serviceInputSchema.shape,
  organization: organizationInputSchema.shape,
  category: categoryInputSchema.shape,
  guide: guideInputSchema.shape,
  event: eventSchema.shape,
};

/** The field's maximum length when `value` is longer than the editor allows, else null. */
export function tooLongFor(kind: TranslatableKind, field: string, value: string): number | null {
  const schema = SHAPES[kind][field];
  if (!schema) return null;
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues.find((i) => i.code === 'too_big');
  return issue && 'maximum' in issue ? Number(issue.maximum) : null;
}
