'use server';
import { getTranslations } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import type { EditorFormState } from '@/components/admin/forms/form-state';
import { requireActor } from '@/lib/auth/session';
import { PublishBlockedError, StaleVersionError } from '@/lib/data/admin/errors';
import {
  createServiceOrThrow, markServiceTranslationReviewedOrThrow, restoreServiceRevisionOrThrow, setServiceStatusOrThrow, updateServiceOrThrow, verifyServiceOrThrow,
} from '@/lib/data/admin/services';
import { fieldErrorsOf } from '@/lib/validation/admin/common';
import { serviceFormToValues, serviceInputSchema, type ServiceFormValues } from '@/lib/validation/admin/service';
import { z } from 'zod';
import { isForeignKeyViolation, isUniqueViolation, translateFieldErrors } from './errors';

type State = EditorFormState<ServiceFormValues>;
const localeOf = (fd: FormData) => (typeof fd.get('locale') === 'string' && /^[a-zA-Z-]{2,10}$/.test(fd.get('locale') as string) ? (fd.get('locale') as string) : 'en');
const idSchema = z.uuid();

/** Create (no id) or update (id + version) a service from the editor form. */
export async function saveServiceAction(prev: State, fd: FormData): Promise<State> {
  const locale = localeOf(fd);
  const values = serviceFormToValues(fd);
  const id = typeof fd.get('id') === 'string' && fd.get('id') ? idSchema.safeParse(fd.get('id')) : null;
  const version = Number(fd.get('version'));
  const parsed = serviceInputSchema.safeParse(values);
  const actor = await requireActor('admin', 'staff');
  const t = await getTranslations({ locale, namespace: 'EditorCommon' });
  if (!parsed.success || (id && !id.success)) {
    const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
    return { ok: false, message: t('formHasErrors'), fieldErrors: await translateFieldErrors(locale, errors), values, version: prev.version };
  }
  let savedId: string;
  try {
    savedId = id ? (await updateServiceOrThrow(actor, id.data!, version, parsed.data)).id : (await createServiceOrThrow(actor, parsed.data)).id;
  } catch (error) {
    if (error instanceof StaleVersionError) {
      return { ok: false, message: t('stale', { version: error.currentVersion }), fieldErrors: {}, values, version: error.currentVersion, stale: { currentVersion: error.currentVersion, changes: error.changes } };
    }
    if (isUniqueViolation(error)) return { ok: false, message: t('formHasErrors'), fieldErrors: await translateFieldErrors(locale, { slug: ['slugTaken'] }), values, version: prev.version };
    if (isForeignKeyViolation(error)) return { ok: false, message: t('staleChoice'), fieldErrors: {}, values, version: prev.version };
    throw error;
  }
  redirect(`/${locale}/admin/services/${savedId}?saved=1`);
}

const statusSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1), status: z.enum(['draft', 'published', 'archived']), locale: z.string().regex(/^[a-zA-Z-]{2,10}$/) });

/** Publish / archive / back to draft: plain form posts, results shown through the URL. */
export async function setServiceStatusAction(fd: FormData) {
  const parsed = statusSchema.safeParse(Object.fromEntries(['id', 'version', 'status', 'locale'].map((k) => [k, fd.get(k)])));
  if (!parsed.success) notFound(); // a tampered form, not a person's mistake: 404, never a 500
  const input = parsed.data;
  const actor = await requireActor('admin', 'staff');
  let outcome = `status=${input.status}`;
  try {
    await setServiceStatusOrThrow(actor, input.id, input.version, input.status);
  } catch (error) {
    if (error instanceof PublishBlockedError) outcome = `blocked=${error.missing.join(',')}`;
    else if (error instanceof StaleVersionError) outcome = 'stale=1';
    else throw error;
  }
  redirect(`/${input.locale}/admin/services/${input.id}?${outcome}`);
}

const reviewSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1), field: z.string().max(40), translationLocale: z.string().max(10), locale: z.string().regex(/^[a-zA-Z-]{2,10}$/) });

export async function markTranslationReviewedAction(fd: FormData) {
  const parsed = reviewSchema.safeParse(Object.fromEntries(['id', 'version', 'field', 'translationLocale', 'locale'].map((k) => [k, fd.get(k)])));
  if (!parsed.success) notFound(); // a tampered form, not a person's mistake: 404, never a 500
  const input = parsed.data;
  const actor = await requireActor('admin', 'staff');
  let outcome = 'reviewed=1';
  try {
    await markServiceTranslationReviewedOrThrow(actor, input.id, input.version, input.translationLocale, input.field);
  } catch (error) {
    if (error instanceof StaleVersionError) outcome = 'stale=1';
    else throw error;
  }
  redirect(`/${input.locale}/admin/services/${input.id}?${outcome}#translations`);
}

const restoreSchema = z.object({ id: z.uuid(), revisionId: z.uuid(), version: z.coerce.number().int().min(1), locale: z.string().regex(/^[a-zA-Z-]{2,10}$/) });

export async function restoreServiceRevisionAction(fd: FormData) {
  const parsed = restoreSchema.safeParse(Object.fromEntries(['id', 'revisionId', 'version', 'locale'].map((k) => [k, fd.get(k)])));
  if (!parsed.success) notFound(); // a tampered form, not a person's mistake: 404, never a 500
  const input = parsed.data;
  const actor = await requireActor('admin', 'staff');
  try {
    await restoreServiceRevisionOrThrow(actor, input.revisionId, input.version);
  } catch (error) {
    if (error instanceof StaleVersionError) redirect(`/${input.locale}/admin/services/${input.id}/history?stale=1`);
    throw error;
  }
  redirect(`/${input.locale}/admin/services/${input.id}?restored=1`);
}

const verifySchema = z.object({ id: z.uuid(), locale: z.string().regex(/^[a-zA-Z-]{2,10}$/), back: z.enum(['verification', 'editor']) });

/** "Verified, still correct" — from the dashboard or the editor. */
export async function verifyServiceAction(fd: FormData) {
  const parsed = verifySchema.safeParse(Object.fromEntries(['id', 'locale', 'back'].map((k) => [k, fd.get(k)])));
  if (!parsed.success) notFound(); // a tampered form, not a person's mistake: 404, never a 500
  const input = parsed.data;
  const actor = await requireActor('admin', 'staff');
  await verifyServiceOrThrow(actor, input.id);
  redirect(input.back === 'editor' ? `/${input.locale}/admin/services/${input.id}?verified=1` : `/${input.locale}/admin/verification?verified=${input.id}`);
}
