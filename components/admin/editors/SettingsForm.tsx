'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { SettingsValues } from '@/app/[locale]/admin/settings/actions';
import { buttonClass, CheckboxGroup, Fieldset, SelectField, TextField } from '../forms/Field';
import { FormAlert } from '../forms/FormAlert';
import type { EditorFormState } from '../forms/form-state';

type State = EditorFormState<SettingsValues>;
type Props = { action: (s: State, fd: FormData) => Promise<State>; initial: State; locale: string; locales: { value: string; label: string }[] };

export function SettingsForm({ action, initial, locale, locales }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const t = useTranslations('EditorSettings');
  const c = useTranslations('EditorCommon');
  const v = state.values!;
  const e = state.fieldErrors;
  const text = (name: Exclude<keyof SettingsValues, 'enabledLocales'>, type: 'text' | 'tel' | 'email' | 'number' = 'text', hint?: string) => (
    <TextField name={name} type={type} label={t(`fields.${name}`)} hint={hint} defaultValue={v[name]} errors={e[name]} />
  );
  return (
    <form action={formAction} noValidate>
      <FormAlert message={state.message} stale={state.stale} labels={{ field: c('field'), before: c('before'), after: c('after'), caption: c('changedSince') }} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="version" value={state.version} />
      <Fieldset legend={t('sections.city')}>
        {text('cityName')}{text('stateCode')}{text('timezone', 'text', t('hints.timezone'))}{text('logoPath', 'text', t('hints.logoPath'))}
      </Fieldset>
      <Fieldset legend={t('sections.phones')}>
        {text('emergencyPhone', 'tel')}{text('cityServicesPhone', 'tel')}{text('liaisonName')}{text('liaisonPhone', 'tel')}{text('liaisonEmail', 'email')}
      </Fieldset>
      <Fieldset legend={t('sections.languages')}>
        <SelectField name="defaultLocale" label={t('fields.defaultLocale')} defaultValue={v.defaultLocale} errors={e.defaultLocale} options={locales} />
        <CheckboxGroup name="enabledLocales" legend={t('fields.enabledLocales')} options={locales} selected={v.enabledLocales} errors={Object.entries(e).filter(([k]) => k.startsWith('enabledLocales')).flatMap(([, m]) => m)} />
      </Fieldset>
      <Fieldset legend={t('sections.verification')}>
        {text('verifyFlagAfterDays', 'number', t('hints.flag'))}{text('verifyHideAfterDays', 'number', t('hints.hide'))}
      </Fieldset>
      <button type="submit" disabled={pending} className={buttonClass.primary}>{c('save')}</button>
    </form>
  );
}
