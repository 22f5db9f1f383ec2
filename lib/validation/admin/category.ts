import { z } from 'zod';
import { LOCALES } from '../../i18n/locales';
import { checkbox, requiredText, text } from './common';

/** A search synonym: a word or short phrase people type ("abogado", "avoka"). */
const term = z.string().trim().min(1).max(60, { error: 'tooLong' }).regex(/^[^<>{}]+$/u, { error: 'term' });

export const categoryInputSchema = z.object({
  name: requiredText(100),
  plainLabel: requiredText(100),
  description: text(1_000),
  sortOrder: z.coerce.number({ error: 'number' }).int({ error: 'number' }).min(0, { error: 'range' }).max(1000, { error: 'range' }),
  showsFraudWarning: checkbox,
  /** Per locale, one synonym per line. */
  synonyms: z.partialRecord(z.enum(LOCALES), z.array(term).max(100, { error: 'tooMany' })),
});
export type CategoryInput = z.output<typeof categoryInputSchema>;
export type CategoryFormValues = { name: string; plainLabel: string; description: string; sortOrder: string; showsFraudWarning: string; synonyms: Record<string, string> };

export function categoryFormToValues(fd: FormData): CategoryFormValues {
  const s = (n: string) => (typeof fd.get(n) === 'string' ? (fd.get(n) as string) : '');
  return {
    name: s('name'), plainLabel: s('plainLabel'), description: s('description'), sortOrder: s('sortOrder'), showsFraudWarning: s('showsFraudWarning'),
    synonyms: Object.fromEntries(LOCALES.map((l) => [l, s(`synonyms.${l}`)])),
  };
}

export function categoryValuesToInput(v: CategoryFormValues) {
  return { ...v, synonyms: Object.fromEntries(Object.entries(v.synonyms).map(([l, lines]) => [l, [...new Set(lines.split('\n').map((x) => x.trim()).filter(Boolean))]])) };
}
