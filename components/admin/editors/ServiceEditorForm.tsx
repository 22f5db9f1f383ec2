'use client';
// Staff edit categories by their source names, written in the default locale.
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { DATA_SHARING, ID_DOCUMENTS, LEGAL_AUTHORIZATION, STATUS_QUESTION, type ServiceFormValues } from '@/lib/validation/admin/service';
import { buttonClass, Checkbox, CheckboxGroup, Fieldset, SelectField, TextArea, TextField } from '../forms/Field';
import { FormAlert } from '../forms/FormAlert';
import { ProposalHidden, ProposalTranslations, type ProposalExtrasProps, type TranslationRowValues } from './ProposalExtras';
import type { EditorFormState } from '../forms/form-state';
import { ExceptionRows } from './ExceptionRows';
import { HoursRows } from './HoursRows';

type Option = { id: string; name: string };
type Props = {
  action: (state: EditorFormState<ServiceFormValues>, fd: FormData) => Promise<EditorFormState<ServiceFormValues>>;
  initial: EditorFormState<ServiceFormValues>;
  id: string | null;
  locale: string;
  weekdays: string[];
  /** Set when the form carries a partner's proposal or a reviewer's edits to one (the organization is then fixed). */
  proposal?: ProposalExtrasProps;
  options: { organizations: Option[]; categories: Option[]; locations: Option[] };
};

const TEXT_AREAS = [['summary', 500, 2], ['description', 10_000, 8], ['eligibility', 5_000, 4], ['howToApply', 5_000, 4], ['documentsToBring', 5_000, 4], ['feesDescription', 2_000, 2]] as const;
const CHECKS = ['isFree', 'acceptsWalkIns', 'appointmentNeeded', 'interpreterAvailable', 'offeredOnline', 'offeredByPhone'] as const;

/** A2: every field of a service. Works as a plain form post; JavaScript only adds hour rows. */
export function ServiceEditorForm({ action, initial, id, locale, weekdays, options, proposal }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const t = useTranslations('EditorService');
  const c = useTranslations('EditorCommon');
  const v = state.values!;
  const e = state.fieldErrors;
  const enumOptions = (values: readonly string[], ns: string) => values.map((value) => ({ value, label: t(`${ns}.${value}` as 'status.draft') }));
  return (
    <form action={formAction} noValidate>
      <FormAlert message={state.message} stale={state.stale} labels={{ field: c('field'), before: c('before'), after: c('after'), caption: c('changedSince') }} />
      <input type="hidden" name="locale" value={locale} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <input type="hidden" name="version" value={state.version} />
      {proposal ? <ProposalHidden hidden={proposal.hidden} /> : null}

      <Fieldset legend={t('sections.basics')}>
        <TextField name="name" label={t('fields.name')} defaultValue={v.name} errors={e.name} required maxLength={200} />
        <TextField name="alternateName" label={t('fields.alternateName')} defaultValue={v.alternateName} errors={e.alternateName} maxLength={200} />
        <TextField name="slug" label={t('fields.slug')} hint={t('hints.slug')} defaultValue={v.slug} errors={e.slug} required dir="ltr" maxLength={100} />
        <SelectField name="organizationId" label={t('fields.organizationId')} defaultValue={v.organizationId} errors={e.organizationId} required
          options={[{ value: '', label: '—' }, ...options.organizations.map((o) => ({ value: o.id, label: o.name, translate: 'no' as const }))]} />
        {TEXT_AREAS.map(([name, max, rows]) => (
          <TextArea key={name} name={name} label={t(`fields.${name}`)} hint={name === 'howToApply' || name === 'documentsToBring' ? t('hints.onePerLine') : undefined} defaultValue={v[name]} errors={e[name]} rows={rows} maxLength={max} />
        ))}
      </Fieldset>

      <Fieldset legend={t('sections.categories')}>
        <CheckboxGroup name="categoryIds" legend={t('fields.categoryIds')} options={options.categories.map((o) => ({ value: o.id, label: o.name, lang: DEFAULT_LOCALE }))} selected={v.categoryIds} errors={e.categoryIds} />
        <SelectField name="primaryCategoryId" label={t('fields.primaryCategoryId')} defaultValue={v.primaryCategoryId} errors={e.primaryCategoryId}
          options={[{ value: '', label: '—' }, ...options.categories.map((o) => ({ value: o.id, label: o.name, lang: DEFAULT_LOCALE }))]} />
      </Fieldset>

      <Fieldset legend={t('sections.contact')}>
        <TextField name="phone" type="tel" label={t('fields.phone')} defaultValue={v.phone} errors={e.phone} />
        <TextField name="email" type="email" label={t('fields.email')} defaultValue={v.email} errors={e.email} />
        <TextField name="website" type="url" label={t('fields.website')} hint={t('hints.website')} defaultValue={v.website} errors={e.website} />
        <TextField name="languages" label={t('fields.languages')} hint={t('hints.languages')} defaultValue={v.languages.join(' ')} errors={Object.entries(e).filter(([k]) => k.startsWith('languages')).flatMap(([, m]) => m)} dir="ltr" />
        {CHECKS.map((name) => <Checkbox key={name} name={name} label={t(`fields.${name}`)} defaultChecked={v[name] === 'on'} />)}
      </Fieldset>

      <Fieldset legend={t('sections.trust')}>
        <SelectField name="asksImmigrationStatus" label={t('fields.asksImmigrationStatus')} defaultValue={v.asksImmigrationStatus} errors={e.asksImmigrationStatus} options={enumOptions(STATUS_QUESTION, 'statusQuestion')} />
        <SelectField name="sharesDataWithGovernment" label={t('fields.sharesDataWithGovernment')} defaultValue={v.sharesDataWithGovernment} errors={e.sharesDataWithGovernment} options={enumOptions(DATA_SHARING, 'dataSharing')} />
        <Checkbox name="servesRegardlessOfStatus" label={t('fields.servesRegardlessOfStatus')} defaultChecked={v.servesRegardlessOfStatus === 'on'} />
        <TextField name="statusSafetyConfirmedAt" type="date" label={t('fields.statusSafetyConfirmedAt')} defaultValue={v.statusSafetyConfirmedAt} errors={e.statusSafetyConfirmedAt} />
        <SelectField name="legalAuthorization" label={t('fields.legalAuthorization')} defaultValue={v.legalAuthorization} errors={e.legalAuthorization} options={enumOptions(LEGAL_AUTHORIZATION, 'legalAuthorization')} />
        <TextField name="legalAuthorizationReference" label={t('fields.legalAuthorizationReference')} defaultValue={v.legalAuthorizationReference} errors={e.legalAuthorizationReference} maxLength={200} />
        <TextField name="legalAuthorizationCheckedAt" type="date" label={t('fields.legalAuthorizationCheckedAt')} defaultValue={v.legalAuthorizationCheckedAt} errors={e.legalAuthorizationCheckedAt} />
        <CheckboxGroup name="idsAccepted" legend={t('fields.idsAccepted')} options={enumOptions(ID_DOCUMENTS, 'ids')} selected={v.idsAccepted} errors={e.idsAccepted} />
        <TextField name="idsConfirmedAt" type="date" label={t('fields.idsConfirmedAt')} defaultValue={v.idsConfirmedAt} errors={e.idsConfirmedAt} />
      </Fieldset>

      <Fieldset legend={t('sections.alert')}>
        <TextField name="alertMessage" label={t('fields.alertMessage')} defaultValue={v.alertMessage} errors={e.alertMessage} maxLength={500} />
        <TextField name="alertUntil" type="date" label={t('fields.alertUntil')} defaultValue={v.alertUntil} errors={e.alertUntil} />
      </Fieldset>

      <Fieldset legend={t('sections.places')}>
        {options.locations.length ? (
          <CheckboxGroup name="locationIds" legend={t('fields.locationIds')} options={options.locations.map((o) => ({ value: o.id, label: o.name, translate: 'no' as const }))} selected={v.locationIds} errors={e.locationIds} />
        ) : <p className="mb-4 text-sm text-gray-700">{t('hints.noPlaces')}</p>}
        <h3 className="mb-2 font-semibold">{t('sections.hours')}</h3>
        <HoursRows rows={v.hours} weekdays={weekdays} places={options.locations} errors={e} />
        <h3 className="mb-2 mt-6 font-semibold">{t('sections.exceptions')}</h3>
        <ExceptionRows rows={v.exceptions} places={options.locations} errors={e} />
      </Fieldset>

      {proposal ? <ProposalTranslations extras={proposal} rows={(v as { translations?: TranslationRowValues[] }).translations ?? []} message={(v as { message?: string }).message ?? ''} errors={e} /> : null}

      {/* The form is long: the save button stays in reach at the bottom of the window. */}
      <div className="sticky bottom-0 z-10 -mx-2 border-t border-gray-300 bg-white px-2 py-3">
        <button type="submit" disabled={pending} className={buttonClass.primary}>{proposal ? proposal.submitLabel : id ? c('save') : c('create')}</button>
      </div>
    </form>
  );
}
