import { getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EditorIntl } from '@/components/admin/editors/EditorIntl';
import { ServiceEditorForm } from '@/components/admin/editors/ServiceEditorForm';
import { emptyServiceValues } from '@/components/admin/editors/service-values';
import { weekdayNames } from '@/components/admin/editors/weekdays';
import { requireActor } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/data/admin/errors';
import { getServiceFormOptions } from '@/lib/data/admin/services';
import { getSuggestionDraftOrThrow } from '@/lib/data/admin/suggestions';
import { saveServiceAction } from '../../../services/actions';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ organization?: string }> };

/**
 * "Create a draft service from this suggestion": the staff service editor, prefilled with
 * what the visitor typed. Saving creates a draft like any new service; staff then mark the
 * suggestion approved on its own page.
 */
export default async function SuggestionDraftPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  if (!/^[0-9a-f-]{36}$/.test(id)) notFound();
  const draft = await getSuggestionDraftOrThrow(actor, id).catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  const chosen = (await searchParams).organization;
  const organizationId = typeof chosen === 'string' && /^[0-9a-f-]{36}$/.test(chosen) ? chosen : draft.organizationId;
  const [t, te, options] = await Promise.all([getTranslations('SuggestionsAdmin'), getTranslations('EditorService'), getServiceFormOptions(actor, organizationId)]);
  const values = {
    ...emptyServiceValues(organizationId ?? ''),
    name: draft.name, summary: draft.offers.slice(0, 300), description: draft.offers, phone: draft.phone, website: draft.website,
    ...(draft.categoryId ? { primaryCategoryId: draft.categoryId, categoryIds: [draft.categoryId] } : {}),
  };
  return (
    <div>
      <p className="mb-2"><Link href={`/${locale}/admin/suggestions/${id}`} className="text-blue-800 underline">{t('backToSuggestion')}</Link></p>
      <h1 className="mb-2 text-2xl font-bold">{t('draftTitle')}</h1>
      <p className="mb-4 max-w-prose">{t('draftIntro', { organization: draft.organizationName || '—' })}</p>
      {!organizationId ? (
        <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="organization" className="block font-medium">{te('pickOrganization')}</label>
            <select id="organization" name="organization" className="rounded border border-gray-600 px-3 py-2">
              {options.organizations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
            </select>
          </div>
          <button type="submit" className="rounded border border-gray-700 px-4 py-2">{te('loadPlaces')}</button>
        </form>
      ) : null}
      <EditorIntl>
        <ServiceEditorForm action={saveServiceAction} id={null} locale={locale} weekdays={weekdayNames(locale)} options={options}
          initial={{ ok: true, fieldErrors: {}, values, version: 1 }} />
      </EditorIntl>
    </div>
  );
}
