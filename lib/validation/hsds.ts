import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';

// Query and path parameters of the HSDS API (/api/hsds/...). Bad values are refused with a
// 400 rather than ignored, so a client with a typo learns about it.

export const HSDS_MAX_PER_PAGE = 100;
export const HSDS_DEFAULT_PER_PAGE = 50;

const wholeNumber = (min: number, max: number) =>
  z.string().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(min).max(max));

/** HSDS ids are strings: ours are UUIDs, imported ones are whatever the source used. */
export const hsdsIdSchema = z.string().min(1).max(200).regex(/^[A-Za-z0-9._:-]+$/);

const isoDateOrDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/)
  .transform((s) => new Date(s.length === 10 ? `${s}T00:00:00Z` : s))
  .refine((d) => !Number.isNaN(d.getTime()));

export const hsdsQuerySchema = z
  .object({
    locale: z.enum(LOCALES).optional(),
    search: z.string().max(200).optional().transform((s) => s?.normalize('NFKC').replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim() || undefined),
    page: wholeNumber(1, 10_000).optional().transform((n) => n ?? 1),
    per_page: wholeNumber(1, HSDS_MAX_PER_PAGE).optional().transform((n) => n ?? HSDS_DEFAULT_PER_PAGE),
    taxonomy_term_id: hsdsIdSchema.optional(),
    taxonomy_id: hsdsIdSchema.optional(),
    organization_id: hsdsIdSchema.optional(),
    modified_after: isoDateOrDateTime.optional(),
    postcode: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,11}$/).optional(),
    /** Miles around the postcode's centre. */
    proximity: z.string().regex(/^\d{1,3}(\.\d{1,3})?$/).transform(Number).pipe(z.number().positive().max(100)).optional(),
    full_service: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  })
  .refine((q) => q.proximity === undefined || q.postcode !== undefined, { path: ['proximity'], error: 'proximity needs postcode' });

export type HsdsQueryParams = z.output<typeof hsdsQuerySchema>;

export const KNOWN_PARAMS = Object.keys(hsdsQuerySchema.shape);
