import { z } from 'zod';
import { LOCALES } from '../../i18n/locales';
import { checkbox, optional, requiredText, slug, text } from './common';

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
  /** A subcategory's parent; null for a top-level category. Absent: left as it is. */
  parentId: optional(z.uuid({ error: 'invalid' })).optional(),
  /** Names typed by staff per locale (stored as reviewed translations); "" removes one. Absent: left as they are. */
  translations: z.partialRecord(z.enum(LOCALES), z.object({ name: text(100), plainLabel: text(100) })).optional(),
});
export type CategoryInput = z.output<typeof categoryInputSchema>;

/** A new category also needs its web address, which then stays (public links use it). */
export const categoryCreateSchema = categoryInputSchema.extend({ slug });
export type CategoryCreateInput = z.output<typeof categoryCreateSchema>;

export type CategoryFormValues = {
  name: string; plainLabel: string; description: string; sortOrder: string; showsFraudWarning: string; synonyms: Record<string, string>;
  slug?: string; parentId?: string; names?: Record<string, string>; labels?: Record<string, string>;
};

export function categoryFormToValues(fd: FormData): CategoryFormValues {
  const s = (n: string) => (typeof fd.get(n) === 'string' ? (fd.get(n) as string) : '');
  const perLocale = (prefix: string) => Object.fromEntries(LOCALES.filter((l) => fd.has(`${prefix}.${l}`)).map((l) => [l, s(`${prefix}.${l}`)]));
  return {
    name: s('name'), plainLabel: s('plainLabel'), description: s('description'), sortOrder: s('sortOrder'), showsFraudWarning: s('showsFraudWarning'),
    synonyms: Object.fromEntries(LOCALES.map((l) => [l, s(`synonyms.${l}`)])),
    slug: s('slug'), parentId: s('parentId'), names: perLocale('names'), labels: perLocale('labels'),
  };
}

export function categoryValuesToInput(v: CategoryFormValues) {
  const { names, labels, slug: typedSlug, parentId, ...rest } = v;
  const locales = [...new Set([...Object.keys(names ?? {}), ...Object.keys(labels ?? {})])];
  return {
    ...rest,
    ...(typedSlug ? { slug: typedSlug } : {}),
    ...(parentId !== undefined ? { parentId } : {}),
    ...(locales.length ? { translations: Object.fromEntries(locales.map((l) => [l, { name: names?.[l] ?? '', plainLabel: labels?.[l] ?? '' }])) } : {}),
    synonyms: Object.fromEntries(Object.entries(v.synonyms).map(([l, lines]) => [l, [...new Set(lines.split('\n').map((x) => x.trim()).filter(Boolean))]])),
  };
}
