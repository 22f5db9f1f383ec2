'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { CategoryFormValues } from '@/lib/validation/admin/category';
import { buttonClass, Checkbox, Fieldset, TextArea, TextField } from '../forms/Field';
import { FormAlert } from '../forms/FormAlert';
import type { EditorFormState } from '../forms/form-state';

type State = EditorFormState<CategoryFormValues>;
type Props = { action: (s: State, fd: FormData) => Promise<State>; initial: State; id: string; locale: string; locales: { code: string; label: string }[] };

/** A5: a category's source names and its search synonyms in every language. */
export function CategoryForm({ action, initial, id, locale, locales }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const t = useTranslations('EditorCategory');
  const c = useTranslations('EditorCommon');
  const v = state.values!;
  const e = state.fieldErrors;
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <FormAlert message={state.message} stale={state.stale} labels={{ field: c('field'), before: c('before'), after: c('after'), caption: c('changedSince') }} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={state.version} />
      <TextField name="name" label={t('name')} defaultValue={v.name} errors={e.name} required maxLength={100} />
      <TextField name="plainLabel" label={t('plainLabel')} hint={t('plainLabelHint')} defaultValue={v.plainLabel} errors={e.plainLabel} required maxLength={100} />
      <TextArea name="description" label={t('description')} defaultValue={v.description} errors={e.description} maxLength={1000} rows={3} />
      <TextField name="sortOrder" type="number" label={t('sortOrder')} defaultValue={v.sortOrder} errors={e.sortOrder} />
      <Checkbox name="showsFraudWarning" label={t('showsFraudWarning')} defaultChecked={v.showsFraudWarning === 'on'} />
      <Fieldset legend={t('synonyms')}>
        <p className="mb-3 text-sm text-gray-800">{t('synonymsHint')}</p>
        {locales.map((l) => (
          <TextArea key={l.code} name={`synonyms.${l.code}`} label={l.label} defaultValue={v.synonyms[l.code] ?? ''} rows={3}
            errors={Object.entries(e).filter(([k]) => k.startsWith(`synonyms.${l.code}`)).flatMap(([, m]) => m)} />
        ))}
      </Fieldset>
      <button type="submit" disabled={pending} className={buttonClass.primary}>{c('save')}</button>
    </form>
  );
}
