import { getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { EditorIntl } from '@/components/admin/editors/EditorIntl';
import { EventEditorForm } from '@/components/admin/editors/EventEditorForm';
import { TranslationEntryForm, translationOutcome } from '@/components/admin/editors/TranslationEntryForm';
import { TranslationsTable } from '@/components/admin/editors/TranslationsTable';
import { EVENT_TEXT_FIELDS } from '@/lib/validation/admin/event';
import { eventToFormValues } from '@/components/admin/editors/event-values';
import { weekdayNames } from '@/components/admin/editors/weekdays';
import { buttonClass } from '@/components/admin/forms/Field';
import { requireActor } from '@/lib/auth/session';
import { getEventFormOptions } from '@/lib/data/admin/events';
import { saveTranslationEntryAction } from '../../translations/entry-actions';
import { markEventTranslationReviewedAction, saveEventAction, setEventStatusAction } from '../actions';
import { loadEventOr404 } from '../load';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };
const BLOCKERS = ['title', 'summary', 'place'] as const;

export default async function EditEventPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const event = await loadEventOr404(actor, id);
  const [t, c, options, sp] = await Promise.all([getTranslations('EditorEvent'), getTranslations('EditorCommon'), getEventFormOptions(actor), searchParams]);
  const blocked = BLOCKERS.filter((f) => sp.blocked?.split(',').includes(f));
  const notice = sp.saved ? c('saved')
    : sp.status ? t(`statusChanged.${sp.status === 'published' ? 'published' : sp.status === 'archived' ? 'archived' : 'draft'}`)
    : sp.reviewed ? t('reviewedNotice') : sp.restored ? t('restoredNotice') : null;
  const statusButtons = (['published', 'archived', 'draft'] as const).filter((s) => s !== event.status);
  const fieldLabels = Object.fromEntries(EVENT_TEXT_FIELDS.map((f) => [f, t(`fields.${f}`)]));
  return (
    <div>
      <p className="mb-1"><Link href={`/${locale}/admin/events`} className="text-blue-800 underline">{t('backToList')}</Link></p>
      <h1 className="text-2xl font-bold" dir="auto">{event.title}</h1>
      <p className="mb-4 text-gray-800">{t('statusLine', { status: t(`status.${event.status}`), version: event.version })}</p>
      {notice ? <p role="status" className="mb-4 rounded bg-green-100 p-3 text-green-900">{notice}</p> : null}
      {sp.stale ? <p role="alert" className="mb-4 rounded bg-red-100 p-3 text-red-900">{c('staleAction')}</p> : null}
      {blocked.length ? (
        <div role="alert" className="mb-4 rounded bg-red-100 p-3 text-red-900">
          <p>{t('publishBlocked')}</p>
          <ul className="list-disc ps-6">{blocked.map((f) => <li key={f}>{t(`required.${f}`)}</li>)}</ul>
        </div>
      ) : null}
      <div className="mb-6 flex flex-wrap gap-3">
        {statusButtons.map((status) => (
          <form key={status} action={setEventStatusAction}>
            <input type="hidden" name="id" value={event.id} />
            <input type="hidden" name="version" value={event.version} />
            <input type="hidden" name="status" value={status} />
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className={status === 'archived' ? buttonClass.danger : buttonClass.secondary}>{t(`setStatus.${status}`)}</button>
          </form>
        ))}
        <Link href={`/${locale}/admin/events/${event.id}/history`} className="self-center text-blue-800 underline">{t('history')}</Link>
        {event.status === 'published' ? <Link href={`/${locale}/events/${event.slug}`} className="self-center text-blue-800 underline">{t('viewPublic')}</Link> : null}
      </div>
      <EditorIntl>
        <EventEditorForm key={event.version} action={saveEventAction} id={event.id} locale={locale} weekdays={weekdayNames(locale)} options={options}
          initial={{ ok: true, fieldErrors: {}, values: eventToFormValues(event), version: event.version }} />
      </EditorIntl>
      <TranslationsTable entity={event} fieldLabels={fieldLabels} locale={locale} action={markEventTranslationReviewedAction} />
      <TranslationEntryForm kind="event" entity={event} fieldLabels={fieldLabels} locale={locale} outcome={translationOutcome(sp)} action={saveTranslationEntryAction} />
    </div>
  );
}
