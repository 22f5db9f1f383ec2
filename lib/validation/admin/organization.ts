import { z } from 'zod';
import { email, optional, phone, requiredText, slug, text, url } from './common';

export const PUBLICATION_STATUSES = ['draft', 'published', 'archived'] as const;

export const organizationInputSchema = z.object({
  slug,
  name: requiredText(200),
  alternateName: optional(text(200)),
  description: text(5_000),
  website: optional(url),
  email: optional(email),
  phone: optional(phone),
  legalStatus: optional(text(100)),
  taxId: optional(text(30).regex(/^[0-9A-Za-z-]+$/, { error: 'invalid' })),
  yearFounded: optional(z.coerce.number({ error: 'number' }).int({ error: 'number' }).min(1800, { error: 'year' }).max(new Date().getUTCFullYear(), { error: 'year' })),
  status: z.enum(PUBLICATION_STATUSES, { error: 'invalid' }),
});
export type OrganizationInput = z.output<typeof organizationInputSchema>;

export const ORGANIZATION_FIELDS = ['slug', 'name', 'alternateName', 'description', 'website', 'email', 'phone', 'legalStatus', 'taxId', 'yearFounded', 'status'] as const;
export type OrganizationFormValues = Record<(typeof ORGANIZATION_FIELDS)[number], string>;

export function organizationFormToValues(fd: FormData): OrganizationFormValues {
  return Object.fromEntries(ORGANIZATION_FIELDS.map((k) => [k, typeof fd.get(k) === 'string' ? (fd.get(k) as string) : ''])) as OrganizationFormValues;
}
