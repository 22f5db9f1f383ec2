'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { EventFormValues } from '@/lib/validation/admin/event';
import { buttonClass, Checkbox, CheckboxGroup, Fieldset, SelectField, TextArea, TextField } from '../forms/Field';
import { FormAlert } from '../forms/FormAlert';
import { ProposalHidden, ProposalTranslations, type ProposalExtrasProps, type TranslationRowValues } from './ProposalExtras';
import type { EditorFormState } from '../forms/form-state';
import { EventOverrideRows } from './EventOverrideRows';

type Option = { id: string; name: string };
type Props = {
  action: (state: EditorFormState<EventFormValues>, fd: FormData) => Promise<EditorFormState<EventFormValues>>;
  initial: EditorFormState<EventFormValues>;
  id: string | null;
  locale: string;
  weekdays: string[];
  /** Set when the form carries a partner's proposal or a reviewer's edits to one (the organization is then fixed). */
  proposal?: ProposalExtrasProps;
  options: { organizations: Option[]; categories: Option[]; locations: Option[]; cityZone: string };
};

const CHECKS = ['isFree', 'registrationRequired', 'wheelchairAccessible', 'noIdNeeded', 'featured'] as const;

/** A3: every field of an event. A plain form post; it needs no JavaScript. */
export function EventEditorForm({ action, initial, id, locale, weekdays, options, proposal }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const t = useTranslations('EditorEvent');
  const c = useTranslations('EditorCommon');
  const v = state.values!;
  const e = state.fieldErrors;
  const choices = (list: Option[], none: string) => [{ value: '', label: none }, ...list.map((o) => ({ value: o.id, label: o.name }))];
  return (
    <form action={formAction} noValidate>
      <FormAlert message={state.message} stale={state.stale} labels={{ field: c('field'), before: c('before'), after: c('after'), caption: c('changedSince') }} />
      <input type="hidden" name="locale" value={locale} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <input type="hidden" name="version" value={state.version} />
      {proposal ? <ProposalHidden hidden={proposal.hidden} /> : null}

      <Fieldset legend={t('sections.basics')}>
        <TextField name="title" label={t('fields.title')} defaultValue={v.title} errors={e.title} required maxLength={200} />
        <TextField name="slug" label={t('fields.slug')} hint={t('hints.slug')} defaultValue={v.slug} errors={e.slug} required dir="ltr" maxLength={100} />
        <TextArea name="summary" label={t('fields.summary')} defaultValue={v.summary} errors={e.summary} rows={2} maxLength={500} />
        <TextArea name="description" label={t('fields.description')} defaultValue={v.description} errors={e.description} rows={6} maxLength={10_000} />
        <SelectField name="categoryId" label={t('fields.categoryId')} defaultValue={v.categoryId} errors={e.categoryId} options={choices(options.categories, t('noCategory'))} />
        <SelectField name="organizationId" label={t('fields.organizationId')} defaultValue={v.organizationId} errors={e.organizationId} options={choices(options.organizations, t('noOrganization'))} />
      </Fieldset>

      <Fieldset legend={t('sections.when')}>
        <Checkbox name="allDay" label={t('fields.allDay')} defaultChecked={v.allDay === 'on'} errors={e.allDay} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField name="startDate" type="date" label={t('fields.startDate')} defaultValue={v.startDate} errors={e.startDate} required />
          <TextField name="startTime" label={t('fields.startTime')} hint="HH:MM" defaultValue={v.startTime} errors={e.startTime} dir="ltr" maxLength={5} />
          <TextField name="endDate" type="date" label={t('fields.endDate')} hint={t('hints.endDateAllDay')} defaultValue={v.endDate} errors={e.endDate} />
          <TextField name="endTime" label={t('fields.endTime')} hint="HH:MM" defaultValue={v.endTime} errors={e.endTime} dir="ltr" maxLength={5} />
        </div>
        <TextField name="timezone" label={t('fields.timezone')} hint={t('hints.timezone', { zone: options.cityZone })} defaultValue={v.timezone} errors={e.timezone} dir="ltr" maxLength={64} />
      </Fieldset>

      <Fieldset legend={t('sections.repeat')}>
        <SelectField name="repeat" label={t('fields.repeat')} defaultValue={v.repeat} errors={e.repeat}
          options={(['none', 'weekly', 'monthly'] as const).map((value) => ({ value, label: t(`repeatOptions.${value}`) }))} />
        <TextField name="interval" type="number" label={t('fields.interval')} defaultValue={v.interval} errors={e.interval} dir="ltr" />
        <CheckboxGroup name="weekdays" legend={t('fields.weekdays')} options={weekdays.map((label, i) => ({ value: String(i + 1), label }))} selected={v.weekdays} errors={e.weekdays} />
        <SelectField name="monthlyBy" label={t('fields.monthlyBy')} defaultValue={v.monthlyBy} errors={e.monthlyBy}
          options={(['date', 'weekday', 'lastWeekday'] as const).map((value) => ({ value, label: t(`monthlyOptions.${value}`) }))} />
        <SelectField name="ends" label={t('fields.ends')} defaultValue={v.ends} errors={e.ends}
          options={(['until', 'count'] as const).map((value) => ({ value, label: t(`endsOptions.${value}`) }))} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField name="until" type="date" label={t('fields.until')} defaultValue={v.until} errors={e.until} />
          <TextField name="count" type="number" label={t('fields.count')} defaultValue={v.count} errors={e.count} dir="ltr" />
        </div>
      </Fieldset>

      <Fieldset legend={t('sections.overrides')}>
        <p className="mb-2 text-sm text-gray-700">{t('hints.overrides')}</p>
        {e.overrides ? <p className="mb-2 text-sm font-medium text-red-800" role="note">{e.overrides.join(' ')}</p> : null}
        <EventOverrideRows rows={v.overrides} errors={e} />
      </Fieldset>

      <Fieldset legend={t('sections.where')}>
        <p className="mb-2 text-sm text-gray-700">{t('hints.where')}</p>
        <SelectField name="locationId" label={t('fields.locationId')} defaultValue={v.locationId} errors={e.locationId} options={choices(options.locations, t('noPlace'))} />
        <TextField name="onlineUrl" type="url" label={t('fields.onlineUrl')} defaultValue={v.onlineUrl} errors={e.onlineUrl} />
      </Fieldset>

      <Fieldset legend={t('sections.details')}>
        <TextField name="languages" label={t('fields.languages')} hint={t('hints.languages')} defaultValue={v.languages.join(' ')} errors={Object.entries(e).filter(([k]) => k.startsWith('languages')).flatMap(([, m]) => m)} dir="ltr" />
        {CHECKS.map((name) => <Checkbox key={name} name={name} label={t(`fields.${name}`)} defaultChecked={v[name] === 'on'} />)}
        <TextArea name="costDescription" label={t('fields.costDescription')} defaultValue={v.costDescription} errors={e.costDescription} rows={2} maxLength={1_000} />
        <TextField name="registrationUrl" type="url" label={t('fields.registrationUrl')} defaultValue={v.registrationUrl} errors={e.registrationUrl} />
        <TextArea name="accessibilityNotes" label={t('fields.accessibilityNotes')} defaultValue={v.accessibilityNotes} errors={e.accessibilityNotes} rows={2} maxLength={1_000} />
      </Fieldset>

      {proposal ? <ProposalTranslations extras={proposal} rows={(v as { translations?: TranslationRowValues[] }).translations ?? []} message={(v as { message?: string }).message ?? ''} errors={e} /> : null}

      <button type="submit" disabled={pending} className={buttonClass.primary}>{proposal ? proposal.submitLabel : id ? c('save') : t('create')}</button>
    </form>
  );
}
