import 'server-only';
import { getTranslations } from 'next-intl/server';
import { translateEventErrors } from '../events/errors';
import { translateFieldErrors } from '../services/errors';

/** A proposal's error codes in the form's language: the editors' messages, and our own for size. */
export async function translateProposalErrors(locale: string, type: 'service' | 'event', errors: Record<string, string[]>) {
  const { form, ...fields } = errors;
  const translated = type === 'service' ? await translateFieldErrors(locale, fields) : await translateEventErrors(locale, fields);
  const t = await getTranslations({ locale, namespace: 'EditorProposal' });
  return form?.includes('tooLarge') ? { ...translated, form: [t('tooLarge')] } : translated;
}
