import { z } from 'zod';
import { optional, requiredText, slug, text } from './common';
import { PUBLICATION_STATUSES } from './organization';

export const guideInputSchema = z.object({
  slug,
  title: requiredText(200),
  summary: text(500),
  /** Plain text: blank lines between paragraphs, "## " headings, "- " list items. */
  body: requiredText(20_000),
  categoryId: optional(z.uuid({ error: 'invalid' })),
  sortOrder: z.coerce.number({ error: 'number' }).int({ error: 'number' }).min(0, { error: 'range' }).max(1000, { error: 'range' }),
  status: z.enum(PUBLICATION_STATUSES, { error: 'invalid' }),
});
export type GuideInput = z.output<typeof guideInputSchema>;

export const GUIDE_FIELDS = ['slug', 'title', 'summary', 'body', 'categoryId', 'sortOrder', 'status'] as const;
export type GuideFormValues = Record<(typeof GUIDE_FIELDS)[number], string>;

export function guideFormToValues(fd: FormData): GuideFormValues {
  return Object.fromEntries(GUIDE_FIELDS.map((k) => [k, typeof fd.get(k) === 'string' ? (fd.get(k) as string) : ''])) as GuideFormValues;
}
