'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireActor } from '@/lib/auth/session';
import { NotFoundError, StaleVersionError } from '@/lib/data/admin/errors';
import { saveEventTranslationOrThrow } from '@/lib/data/admin/events';
import { savePlaceTranslationOrThrow } from '@/lib/data/admin/places';
import { saveServiceTranslationOrThrow } from '@/lib/data/admin/services';
import { saveSimpleEntityTranslationOrThrow } from '@/lib/data/admin/simple-entities';
import type { TranslationEntry } from '@/lib/data/admin/translations';
import { TRANSLATION_ENTRY_KINDS, translationEditorPath, translationEntrySchema, type TranslationEntryInput } from '@/lib/validation/admin/translation-entry';
import { formFields } from '@/lib/validation/admin/entity-commands';

const localeSchema = z.string().regex(/^[a-zA-Z-]{2,10}$/).catch('en');
const backSchema = z.object({ kind: z.enum(TRANSLATION_ENTRY_KINDS), id: z.uuid(), serviceId: z.uuid().optional() });

function save(actor: Awaited<ReturnType<typeof requireActor>>, input: TranslationEntryInput) {
  const entry: TranslationEntry = { locale: input.translationLocale, field: input.field, value: input.value, status: input.status };
  switch (input.kind) {
    case 'service': return saveServiceTranslationOrThrow(actor, input.id, input.version, entry);
    case 'event': return saveEventTranslationOrThrow(actor, input.id, input.version, entry);
    case 'organization':
    case 'guide': return saveSimpleEntityTranslationOrThrow(actor, input.kind, input.id, input.version, entry);
    case 'location':
      if (!input.serviceId) throw new NotFoundError('service');
      return savePlaceTranslationOrThrow(actor, input.serviceId, input.id, input.version, entry);
  }
}

/** "Add or correct a translation" under the translations table of every editor. */
export async function saveTranslationEntryAction(fd: FormData) {
  const actor = await requireActor('admin', 'staff');
  const locale = localeSchema.parse(fd.get('locale'));
  const fields = formFields(fd, ['kind', 'id', 'version', 'serviceId', 'translationLocale', 'field', 'value', 'status']);
  if (fields.serviceId === null) delete fields.serviceId;
  const back = backSchema.safeParse(fields);
  if (!back.success) redirect(`/${locale}/admin`); // a tampered form, not a person's mistake
  const editor = translationEditorPath(locale, back.data.kind, back.data.id, back.data.serviceId);
  const parsed = translationEntrySchema.safeParse(fields);
  if (!parsed.success) redirect(`${editor}?translationError=1#translation-form`);
  let outcome = 'translated=1#translation-form';
  try {
    await save(actor, parsed.data);
  } catch (error) {
    if (error instanceof StaleVersionError) outcome = 'translationStale=1#translation-form';
    else if (error instanceof NotFoundError) outcome = 'translationError=1#translation-form';
    else throw error;
  }
  redirect(`${editor}?${outcome}`);
}
