import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { requireActor } from '@/lib/auth/session';
import { listServicesForStaff } from '@/lib/data/admin/services';
import { staffListQuery } from '@/lib/validation/params';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string; status?: string; page?: string }> };
const STATUSES = ['draft', 'published', 'archived'] as const;

export default async function ServicesAdminPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const sp = await searchParams;
  const status = STATUSES.find((s) => s === sp.status);
  const query = staffListQuery(sp.q);
  const page = Math.min(10_000, Math.max(1, Number.parseInt(sp.page ?? '1', 10) || 1));
  const [t, format, result] = await Promise.all([getTranslations('EditorService'), getFormatter(), listServicesForStaff(actor, { query, status, page })]);
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('listTitle')}</h1>
        <Link href={`/${locale}/admin/services/new`} className="rounded bg-blue-800 px-4 py-2 font-semibold text-white">{t('new')}</Link>
      </div>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="q" className="block font-medium">{t('searchLabel')}</label>
          <input id="q" name="q" defaultValue={query} className="rounded border border-gray-600 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="status" className="block font-medium">{t('fields.status')}</label>
          <select id="status" name="status" defaultValue={status ?? ''} className="rounded border border-gray-600 px-3 py-2">
            <option value="">{t('allStatuses')}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded border border-gray-700 px-4 py-2">{t('filter')}</button>
      </form>
      <p role="status" className="mb-2">{t('count', { count: result.total })}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-start">
          <thead>
            <tr className="border-b border-gray-500">
              <th scope="col" className="p-2 text-start">{t('fields.name')}</th>
              <th scope="col" className="p-2 text-start">{t('fields.organizationId')}</th>
              <th scope="col" className="p-2 text-start">{t('fields.status')}</th>
              <th scope="col" className="p-2 text-start">{t('lastVerified')}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((s) => (
              <tr key={s.id} className="border-b border-gray-200">
                <td className="p-2"><Link href={`/${locale}/admin/services/${s.id}`} className="text-blue-800 underline">{s.name}</Link></td>
                <td className="p-2">{s.organization.name}</td>
                <td className="p-2">{t(`status.${s.status}`)}</td>
                <td className="p-2">{s.verifiedAt ? format.dateTime(s.verifiedAt, { dateStyle: 'medium' }) : t('never')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.pageCount > 1 ? (
        <nav aria-label={t('pages')} className="mt-4 flex gap-4">
          {page > 1 ? <Link href={`?${new URLSearchParams({ q: query, status: status ?? '', page: String(page - 1) })}`} className="underline">{t('previous')}</Link> : null}
          {page < result.pageCount ? <Link href={`?${new URLSearchParams({ q: query, status: status ?? '', page: String(page + 1) })}`} className="underline">{t('next')}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
