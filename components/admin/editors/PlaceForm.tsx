'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { PlaceFormValues } from '@/lib/validation/admin/place';
import { buttonClass, Checkbox, Fieldset, TextArea, TextField } from '../forms/Field';
import { FormAlert } from '../forms/FormAlert';
import type { EditorFormState } from '../forms/form-state';

type State = EditorFormState<PlaceFormValues>;
type Props = {
  action: (s: State, fd: FormData) => Promise<State>;
  initial: State;
  locale: string;
  serviceId: string;
  /** The service's version (adding a place is a change of the service). */
  serviceVersion: number;
  /** null: a new place. */
  locationId: string | null;
  neighborhoodExamples: string[];
};

/** A2: one place of a service. Works as a plain form post. */
export function PlaceForm({ action, initial, locale, serviceId, serviceVersion, locationId, neighborhoodExamples }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const t = useTranslations('EditorPlace');
  const c = useTranslations('EditorCommon');
  const v = state.values!;
  const e = state.fieldErrors;
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <FormAlert message={state.message} stale={state.stale} labels={{ field: c('field'), before: c('before'), after: c('after'), caption: c('changedSince') }} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="serviceVersion" value={serviceVersion} />
      {locationId ? <input type="hidden" name="locationId" value={locationId} /> : null}
      <input type="hidden" name="version" value={state.version} />
      <TextField name="name" label={t('name')} hint={t('nameHint')} defaultValue={v.name} errors={e.name} required maxLength={200} />
      <Fieldset legend={t('addressTitle')}>
        <Checkbox name="isConfidential" label={t('isConfidential')} defaultChecked={v.isConfidential === 'on'} errors={e.isConfidential} />
        <p className="mb-4 text-sm text-gray-800">{t('confidentialHint')}</p>
        <TextField name="address1" label={t('address1')} hint={t('address1Hint')} defaultValue={v.address1} errors={e.address1} maxLength={200} />
        <TextField name="address2" label={t('address2')} defaultValue={v.address2} errors={e.address2} maxLength={200} />
        <div className="grid gap-x-4 sm:grid-cols-3">
          <TextField name="city" label={t('city')} defaultValue={v.city} errors={e.city} maxLength={100} />
          <TextField name="region" label={t('region')} defaultValue={v.region} errors={e.region} maxLength={100} />
          <TextField name="postalCode" label={t('postalCode')} defaultValue={v.postalCode} errors={e.postalCode} maxLength={10} dir="ltr" />
        </div>
        <TextField name="neighborhood" label={t('neighborhood')} defaultValue={v.neighborhood} errors={e.neighborhood} maxLength={100}
          hint={neighborhoodExamples.length ? t('neighborhoodHintExamples', { examples: neighborhoodExamples.join(', ') }) : t('neighborhoodHint')} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField name="latitude" label={t('latitude')} hint={t('coordinatesHint')} defaultValue={v.latitude} errors={e.latitude} dir="ltr" />
          <TextField name="longitude" label={t('longitude')} hint={t('coordinatesHint')} defaultValue={v.longitude} errors={e.longitude} dir="ltr" />
        </div>
      </Fieldset>
      <Fieldset legend={t('accessTitle')}>
        <TextField name="phone" type="tel" label={t('phone')} hint={t('phoneHint')} defaultValue={v.phone} errors={e.phone} />
        <Checkbox name="wheelchairAccessible" label={t('wheelchairAccessible')} defaultChecked={v.wheelchairAccessible === 'on'} errors={e.wheelchairAccessible} />
        <TextArea name="accessibilityNotes" label={t('accessibilityNotes')} defaultValue={v.accessibilityNotes} errors={e.accessibilityNotes} rows={2} maxLength={1000} />
        <TextArea name="transitDirections" label={t('transitDirections')} defaultValue={v.transitDirections} errors={e.transitDirections} rows={2} maxLength={1000} />
      </Fieldset>
      <button type="submit" disabled={pending} className={buttonClass.primary}>{locationId ? c('save') : t('add')}</button>
    </form>
  );
}
