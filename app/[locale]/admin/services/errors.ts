import 'server-only';
import { getTranslations } from 'next-intl/server';

export { isForeignKeyViolation, isUniqueViolation } from '@/lib/data/admin/errors';

/** zod error codes (EditorErrors keys) to messages in the editor's language. */
export async function translateFieldErrors(locale: string, errors: Record<string, string[]>) {
  const t = await getTranslations({ locale, namespace: 'EditorErrors' });
  return Object.fromEntries(Object.entries(errors).map(([k, codes]) => [k, codes.map((c) => (t.has(c as 'invalid') ? t(c as 'invalid') : t('invalid')))]));
}
