'use server';
import { getTranslations } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import type { EditorFormState } from '@/components/admin/forms/form-state';
import { requireActor } from '@/lib/auth/session';
import { NotFoundError, StaleVersionError } from '@/lib/data/admin/errors';
import { addPlaceToServiceOrThrow, removePlaceFromServiceOrThrow, updatePlaceOrThrow } from '@/lib/data/admin/places';
import { fieldErrorsOf } from '@/lib/validation/admin/common';
import { placeFormToValues, placeInputSchema, type PlaceFormValues } from '@/lib/validation/admin/place';
import { translateFieldErrors } from './errors';

type State = EditorFormState<PlaceFormValues>;
const localeOf = (fd: FormData) => (typeof fd.get('locale') === 'string' && /^[a-zA-Z-]{2,10}$/.test(fd.get('locale') as string) ? (fd.get('locale') as string) : 'en');
const ids = z.object({ serviceId: z.uuid(), serviceVersion: z.coerce.number().int().min(1), locationId: z.union([z.uuid(), z.literal('')]).optional() });

/** Add a new place to a service (no locationId) or save an existing place. */
export async function savePlaceAction(prev: State, fd: FormData): Promise<State> {
  const locale = localeOf(fd);
  const values = placeFormToValues(fd);
  const actor = await requireActor('admin', 'staff');
  const refs = ids.safeParse({ serviceId: fd.get('serviceId'), serviceVersion: fd.get('serviceVersion'), locationId: fd.get('locationId') ?? '' });
  if (!refs.success) notFound();
  const { serviceId, serviceVersion, locationId } = refs.data;
  const parsed = placeInputSchema.safeParse(values);
  const t = await getTranslations({ locale, namespace: 'EditorCommon' });
  if (!parsed.success) return { ok: false, message: t('formHasErrors'), fieldErrors: await translateFieldErrors(locale, fieldErrorsOf(parsed.error)), values, version: prev.version };
  try {
    if (locationId) await updatePlaceOrThrow(actor, locationId, Number(fd.get('version')), parsed.data);
    else await addPlaceToServiceOrThrow(actor, serviceId, serviceVersion, parsed.data);
  } catch (error) {
    if (error instanceof StaleVersionError) {
      // Adding checks the service's version; the form cannot catch up with it, so say what happened.
      if (!locationId) return { ok: false, message: t('staleAction'), fieldErrors: {}, values, version: prev.version };
      return { ok: false, message: t('stale', { version: error.currentVersion }), fieldErrors: {}, values, version: error.currentVersion, stale: { currentVersion: error.currentVersion, changes: error.changes } };
    }
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  redirect(`/${locale}/admin/services/${serviceId}?${locationId ? 'placeSaved' : 'placeAdded'}=1#places`);
}

const removeSchema = z.object({ serviceId: z.uuid(), version: z.coerce.number().int().min(1), locationId: z.uuid() });

/** "Remove from this service" on the service editor, after the confirmation. */
export async function removePlaceAction(fd: FormData) {
  const locale = localeOf(fd);
  const actor = await requireActor('admin', 'staff');
  const input = removeSchema.safeParse({ serviceId: fd.get('serviceId'), version: fd.get('version'), locationId: fd.get('locationId') });
  if (!input.success) notFound();
  let outcome = 'placeRemoved=1';
  try {
    await removePlaceFromServiceOrThrow(actor, input.data.serviceId, input.data.version, input.data.locationId);
  } catch (error) {
    if (error instanceof StaleVersionError) outcome = 'stale=1';
    else if (!(error instanceof NotFoundError)) throw error;
  }
  redirect(`/${locale}/admin/services/${input.data.serviceId}?${outcome}#places`);
}
