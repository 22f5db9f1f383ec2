import { z } from 'zod';
import { LOCALES } from '../../i18n/locales';

// One translation typed by staff in an editor (L3). Whether the field is translated for
// that kind of listing is checked by the data layer, which knows each kind's fields.

export const TRANSLATION_ENTRY_KINDS = ['service', 'organization', 'guide', 'event', 'location'] as const;
export type TranslationEntryKind = (typeof TRANSLATION_ENTRY_KINDS)[number];

export const translationEntrySchema = z.object({
  kind: z.enum(TRANSLATION_ENTRY_KINDS),
  id: z.uuid(),
  version: z.coerce.number().int().min(1).max(2_147_483_647),
  /** Places only: the service whose editor the place was opened from. */
  serviceId: z.uuid().optional(),
  translationLocale: z.enum(LOCALES),
  field: z.string().min(1).max(40),
  value: z.string().trim().min(1).max(10_000),
  status: z.enum(['reviewed', 'machine', 'missing']),
});
export type TranslationEntryInput = z.infer<typeof translationEntrySchema>;

const EDITOR_PATHS: Record<Exclude<TranslationEntryKind, 'location'>, string> = { service: 'services', organization: 'organizations', guide: 'guides', event: 'events' };

/** Where the editor of this listing is, to go back to after a post. */
export function translationEditorPath(locale: string, kind: TranslationEntryKind, id: string, serviceId?: string): string {
  if (kind === 'location') return serviceId ? `/${locale}/admin/services/${serviceId}/places/${id}` : `/${locale}/admin/services`;
  return `/${locale}/admin/${EDITOR_PATHS[kind]}/${id}`;
}
