'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { CategoryFormValues } from '@/lib/validation/admin/category';
import { buttonClass, Checkbox, Fieldset, SelectField, TextArea, TextField } from '../forms/Field';
import { FormAlert } from '../forms/FormAlert';
import type { EditorFormState } from '../forms/form-state';

type State = EditorFormState<CategoryFormValues>;
type Option = { value: string; label: string };
type Props = {
  action: (s: State, fd: FormData) => Promise<State>;
  initial: State;
  /** null: a new category (with its web address); otherwise the one being edited. */
  id: string | null;
  locale: string;
  /** Every locale: search words; `nameLocales` (all but the source language): translated names. */
  locales: { code: string; label: string }[];
  nameLocales: { code: string; language: string }[];
  parents: Option[];
};

/** A5: a category's source names, parent, names per language and its search synonyms in every language. */
export function CategoryForm({ action, initial, id, locale, locales, nameLocales, parents }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const t = useTranslations('EditorCategory');
  const c = useTranslations('EditorCommon');
  const v = state.values!;
  const e = state.fieldErrors;
  const errorsStartingWith = (prefix: string) => Object.entries(e).filter(([k]) => k.startsWith(prefix)).flatMap(([, m]) => m);
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <FormAlert message={state.message} stale={state.stale} labels={{ field: c('field'), before: c('before'), after: c('after'), caption: c('changedSince') }} />
      <input type="hidden" name="locale" value={locale} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <input type="hidden" name="version" value={state.version} />
      <TextField name="name" label={t('name')} defaultValue={v.name} errors={e.name} required maxLength={100} />
      <TextField name="plainLabel" label={t('plainLabel')} hint={t('plainLabelHint')} defaultValue={v.plainLabel} errors={e.plainLabel} required maxLength={100} />
      {id ? null : <TextField name="slug" label={t('slug')} hint={t('slugHint')} defaultValue={v.slug} errors={e.slug} required dir="ltr" maxLength={100} />}
      <SelectField name="parentId" label={t('parent')} hint={t('parentHint')} defaultValue={v.parentId} errors={e.parentId} options={[{ value: '', label: t('noParent') }, ...parents]} />
      <TextArea name="description" label={t('description')} defaultValue={v.description} errors={e.description} maxLength={1000} rows={3} />
      <TextField name="sortOrder" type="number" label={t('sortOrder')} hint={t('sortOrderHint')} defaultValue={v.sortOrder} errors={e.sortOrder} />
      <Checkbox name="showsFraudWarning" label={t('showsFraudWarning')} defaultChecked={v.showsFraudWarning === 'on'} />
      <Fieldset legend={t('namesTitle')}>
        <p className="mb-3 text-sm text-gray-800">{t('namesHint')}</p>
        {nameLocales.map((l) => (
          <div key={l.code} className="grid gap-x-4 sm:grid-cols-2">
            <TextField name={`names.${l.code}`} label={t('nameIn', { language: l.language })} defaultValue={v.names?.[l.code] ?? ''} errors={errorsStartingWith(`translations.${l.code}.name`)} maxLength={100} dir="auto" />
            <TextField name={`labels.${l.code}`} label={t('plainLabelIn', { language: l.language })} defaultValue={v.labels?.[l.code] ?? ''} errors={errorsStartingWith(`translations.${l.code}.plainLabel`)} maxLength={100} dir="auto" />
          </div>
        ))}
      </Fieldset>
      <Fieldset legend={t('synonyms')}>
        <p className="mb-3 text-sm text-gray-800">{t('synonymsHint')}</p>
        {locales.map((l) => (
          <TextArea key={l.code} name={`synonyms.${l.code}`} label={l.label} defaultValue={v.synonyms[l.code] ?? ''} rows={3} errors={errorsStartingWith(`synonyms.${l.code}`)} />
        ))}
      </Fieldset>
      <button type="submit" disabled={pending} className={buttonClass.primary}>{id ? c('save') : t('create')}</button>
    </form>
  );
}
