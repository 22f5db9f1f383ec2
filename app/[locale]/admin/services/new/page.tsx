import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditorIntl } from '@/components/admin/editors/EditorIntl';
import { ServiceEditorForm } from '@/components/admin/editors/ServiceEditorForm';
import { emptyServiceValues } from '@/components/admin/editors/service-values';
import { weekdayNames } from '@/components/admin/editors/weekdays';
import { requireActor } from '@/lib/auth/session';
import { getServiceFormOptions } from '@/lib/data/admin/services';
import { saveServiceAction } from '../actions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ organization?: string }> };

export default async function NewServicePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const org = (await searchParams).organization;
  const organizationId = typeof org === 'string' && /^[0-9a-f-]{36}$/.test(org) ? org : null;
  const [t, options] = await Promise.all([getTranslations('EditorService'), getServiceFormOptions(actor, organizationId)]);
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t('newTitle')}</h1>
      {!organizationId ? (
        <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="organization" className="block font-medium">{t('pickOrganization')}</label>
            <select id="organization" name="organization" className="rounded border border-gray-600 px-3 py-2">
              {options.organizations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
            </select>
          </div>
          <button type="submit" className="rounded border border-gray-700 px-4 py-2">{t('loadPlaces')}</button>
        </form>
      ) : null}
      <EditorIntl>
        <ServiceEditorForm action={saveServiceAction} id={null} locale={locale} weekdays={weekdayNames(locale)} options={options}
          initial={{ ok: true, fieldErrors: {}, values: emptyServiceValues(organizationId ?? ''), version: 1 }} />
      </EditorIntl>
    </div>
  );
}
