import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { EditorIntl } from '@/components/admin/editors/EditorIntl';
import { ServiceEditorForm } from '@/components/admin/editors/ServiceEditorForm';
import { ServicePlaces } from '@/components/admin/editors/ServicePlaces';
import { serviceToFormValues } from '@/components/admin/editors/service-values';
import { TranslationEntryForm, translationOutcome } from '@/components/admin/editors/TranslationEntryForm';
import { TranslationsTable } from '@/components/admin/editors/TranslationsTable';
import { SERVICE_TEXT_FIELDS } from '@/lib/validation/admin/service';
import { weekdayNames } from '@/components/admin/editors/weekdays';
import { buttonClass } from '@/components/admin/forms/Field';
import { ConfirmAction } from '@/components/admin/ui/ConfirmAction';
import { requireActor } from '@/lib/auth/session';
import { listPlacesOfService } from '@/lib/data/admin/places';
import { getServiceFormOptions } from '@/lib/data/admin/services';
import { markTranslationReviewedAction, saveServiceAction, setServiceStatusAction, verifyServiceAction } from '../actions';
import { loadServiceOr404 } from '../load';
import { removePlaceAction } from '../places-actions';
import { saveTranslationEntryAction } from '../../translations/entry-actions';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function EditServicePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const service = await loadServiceOr404(actor, id);
  const [t, c, p, format, options, places, sp] = await Promise.all([
    getTranslations('EditorService'), getTranslations('EditorCommon'), getTranslations('EditorPlace'), getFormatter(), getServiceFormOptions(actor, service.organizationId), listPlacesOfService(actor, service.id), searchParams,
  ]);
  const blocked = sp.blocked?.split(',').filter((f) => ['name', 'summary', 'description', 'categoryIds', 'contact'].includes(f)) ?? [];
  const notice = sp.saved ? c('saved') : sp.status ? t(`statusChanged.${sp.status === 'published' ? 'published' : sp.status === 'archived' ? 'archived' : 'draft'}`) : sp.verified ? t('verifiedNotice') : sp.reviewed ? t('reviewedNotice') : sp.restored ? t('restoredNotice') : sp.placeAdded ? p('added') : sp.placeSaved ? p('saved') : sp.placeRemoved ? p('removed') : null;
  const statusButtons = (['published', 'archived', 'draft'] as const).filter((s) => s !== service.status);
  const fieldLabels = Object.fromEntries(SERVICE_TEXT_FIELDS.map((f) => [f, t(`fields.${f}`)]));
  return (
    <div>
      <p className="mb-1"><Link href={`/${locale}/admin/services`} className="text-blue-800 underline">{t('backToList')}</Link></p>
      <h1 className="text-2xl font-bold" dir="auto" lang={service.sourceLocale}>{service.name}</h1>
      <p className="mb-4 text-gray-800">
        {t('statusLine', { status: t(`status.${service.status}`), version: service.version })}{' · '}
        {service.verifiedAt ? t('verifiedOn', { date: format.dateTime(service.verifiedAt, { dateStyle: 'medium' }) }) : t('neverVerified')}
      </p>
      {notice ? <p role="status" className="mb-4 rounded bg-green-100 p-3 text-green-900">{notice}</p> : null}
      {sp.stale ? <p role="alert" className="mb-4 rounded bg-red-100 p-3 text-red-900">{c('staleAction')}</p> : null}
      {blocked.length ? (
        <div role="alert" className="mb-4 rounded bg-red-100 p-3 text-red-900">
          <p>{t('publishBlocked')}</p>
          <ul className="list-disc ps-6">{blocked.map((f) => <li key={f}>{t(`required.${f as 'name'}`)}</li>)}</ul>
        </div>
      ) : null}
      <div className="mb-6 flex flex-wrap gap-3">
        {statusButtons.map((status) => status === 'archived' ? (
          <ConfirmAction key={status} label={t('setStatus.archived')} question={t('archiveQuestion')} confirmLabel={t('archiveConfirm')}
            action={setServiceStatusAction} hidden={{ id: service.id, version: String(service.version), status, locale }} />
        ) : (
          <form key={status} action={setServiceStatusAction}>
            <input type="hidden" name="id" value={service.id} />
            <input type="hidden" name="version" value={service.version} />
            <input type="hidden" name="status" value={status} />
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className={buttonClass.secondary}>{t(`setStatus.${status}`)}</button>
          </form>
        ))}
        <form action={verifyServiceAction}>
          <input type="hidden" name="id" value={service.id} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="back" value="editor" />
          <button type="submit" className={buttonClass.secondary}>{t('stillCorrect')}</button>
        </form>
        <Link href={`/${locale}/admin/services/${service.id}/history`} className="self-center text-blue-800 underline">{t('history')}</Link>
        {service.status === 'published' ? <Link href={`/${locale}/services/${service.slug}`} className="self-center text-blue-800 underline">{t('viewPublic')}</Link> : null}
      </div>
      <ServicePlaces serviceId={service.id} serviceVersion={service.version} locale={locale} places={places} removeAction={removePlaceAction} />
      <EditorIntl>
        <ServiceEditorForm key={service.version} action={saveServiceAction} id={service.id} locale={locale} weekdays={weekdayNames(locale)} options={options}
          initial={{ ok: true, fieldErrors: {}, values: serviceToFormValues(service), version: service.version }} />
      </EditorIntl>
      <TranslationsTable entity={service} fieldLabels={fieldLabels} locale={locale} action={markTranslationReviewedAction} />
      <TranslationEntryForm kind="service" entity={service} fieldLabels={fieldLabels} locale={locale} outcome={translationOutcome(sp)} action={saveTranslationEntryAction} />
    </div>
  );
}
