import { z } from 'zod';

// Commands shared by the organization, guide and category editors: restore a revision,
// mark a translation reviewed. Plain form posts; the outcome goes back in the URL.

export const REVISABLE_KINDS = ['organization', 'guide', 'category'] as const;
export type RevisableKind = (typeof REVISABLE_KINDS)[number];

const locale = z.string().regex(/^[a-zA-Z-]{2,10}$/);

export const restoreRevisionSchema = z.object({
  kind: z.enum(REVISABLE_KINDS), id: z.uuid(), revisionId: z.uuid(), version: z.coerce.number().int().min(1), locale,
});

export const restoreSettingsSchema = z.object({ revisionId: z.uuid(), version: z.coerce.number().int().min(1), locale });

export const markReviewedSchema = z.object({
  kind: z.enum(REVISABLE_KINDS), id: z.uuid(), version: z.coerce.number().int().min(1), field: z.string().max(40), translationLocale: z.string().max(10), locale,
});

export const editorPath = (kind: RevisableKind) => ({ organization: 'organizations', guide: 'guides', category: 'categories' })[kind];

export const formFields = (fd: FormData, names: string[]) => Object.fromEntries(names.map((k) => [k, fd.get(k)]));
