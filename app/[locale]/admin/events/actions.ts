'use server';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { EditorFormState } from '@/components/admin/forms/form-state';
import { requireActor } from '@/lib/auth/session';
import { isForeignKeyViolation, isUniqueViolation, NotFoundError, PublishBlockedError, StaleVersionError } from '@/lib/data/admin/errors';
import {
  createEventOrThrow, getEventFormOptions, markEventTranslationReviewedOrThrow, restoreEventRevisionOrThrow, setEventStatusOrThrow, updateEventOrThrow,
} from '@/lib/data/admin/events';
import { fieldErrorsOf } from '@/lib/validation/admin/common';
import { EVENT_TEXT_FIELDS, eventFormToValues, eventInputSchema, type EventFormValues } from '@/lib/validation/admin/event';
import { LOCALES } from '@/lib/i18n/locales';
import { translateEventErrors } from './errors';

type State = EditorFormState<EventFormValues>;
const localeSchema = z.string().regex(/^[a-zA-Z-]{2,10}$/);
const localeOf = (fd: FormData) => localeSchema.catch('en').parse(fd.get('locale'));

/** Create (no id) or update (id + version) an event from the editor form. */
export async function saveEventAction(prev: State, fd: FormData): Promise<State> {
  const locale = localeOf(fd);
  const values = eventFormToValues(fd);
  const rawId = fd.get('id');
  const id = typeof rawId === 'string' && rawId ? z.uuid().safeParse(rawId) : null;
  const version = Number(fd.get('version'));
  const actor = await requireActor('admin', 'staff');
  const { cityZone } = await getEventFormOptions(actor);
  const parsed = eventInputSchema(cityZone).safeParse(values);
  const t = await getTranslations({ locale, namespace: 'EditorCommon' });
  if (!parsed.success || (id && !id.success)) {
    const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
    return { ok: false, message: t('formHasErrors'), fieldErrors: await translateEventErrors(locale, errors), values, version: prev.version };
  }
  let savedId: string;
  try {
    savedId = id ? (await updateEventOrThrow(actor, id.data!, version, parsed.data)).id : (await createEventOrThrow(actor, parsed.data)).id;
  } catch (error) {
    if (error instanceof StaleVersionError) {
      return { ok: false, message: t('stale', { version: error.currentVersion }), fieldErrors: {}, values, version: error.currentVersion, stale: { currentVersion: error.currentVersion, changes: error.changes } };
    }
    if (isUniqueViolation(error)) return { ok: false, message: t('formHasErrors'), fieldErrors: await translateEventErrors(locale, { slug: ['slugTaken'] }), values, version: prev.version };
    if (isForeignKeyViolation(error)) return { ok: false, message: t('staleChoice'), fieldErrors: {}, values, version: prev.version };
    throw error;
  }
  redirect(`/${locale}/admin/events/${savedId}?saved=1`);
}

const statusSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1), status: z.enum(['draft', 'published', 'archived']), locale: localeSchema });

/** Publish / archive / back to draft: plain form posts, the outcome shown through the URL. */
export async function setEventStatusAction(fd: FormData) {
  const input = statusSchema.parse(Object.fromEntries(['id', 'version', 'status', 'locale'].map((k) => [k, fd.get(k)])));
  const actor = await requireActor('admin', 'staff');
  let outcome = `status=${input.status}`;
  try {
    await setEventStatusOrThrow(actor, input.id, input.version, input.status);
  } catch (error) {
    if (error instanceof PublishBlockedError) outcome = `blocked=${error.missing.join(',')}`;
    else if (error instanceof StaleVersionError) outcome = 'stale=1';
    else throw error;
  }
  redirect(`/${input.locale}/admin/events/${input.id}?${outcome}`);
}

const reviewSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1), field: z.string().max(40), translationLocale: z.string().max(10), locale: localeSchema });

export async function markEventTranslationReviewedAction(fd: FormData) {
  const input = reviewSchema.parse(Object.fromEntries(['id', 'version', 'field', 'translationLocale', 'locale'].map((k) => [k, fd.get(k)])));
  const actor = await requireActor('admin', 'staff');
  let outcome = 'reviewed=1';
  try {
    await markEventTranslationReviewedOrThrow(actor, input.id, input.version, input.translationLocale, input.field);
  } catch (error) {
    if (error instanceof StaleVersionError) outcome = 'stale=1';
    else throw error;
  }
  redirect(`/${input.locale}/admin/events/${input.id}?${outcome}#translations`);
}

const restoreSchema = z.object({ id: z.uuid(), revisionId: z.uuid(), version: z.coerce.number().int().min(1), locale: localeSchema });

export async function restoreEventRevisionAction(fd: FormData) {
  const input = restoreSchema.parse(Object.fromEntries(['id', 'revisionId', 'version', 'locale'].map((k) => [k, fd.get(k)])));
  const actor = await requireActor('admin', 'staff');
  try {
    await restoreEventRevisionOrThrow(actor, input.revisionId, input.version);
  } catch (error) {
    if (error instanceof StaleVersionError) redirect(`/${input.locale}/admin/events/${input.id}/history?stale=1`);
    throw error;
  }
  redirect(`/${input.locale}/admin/events/${input.id}?restored=1`);
}
