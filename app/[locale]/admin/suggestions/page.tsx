import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { buttonClass } from '@/components/admin/forms/Field';
import { requireActor } from '@/lib/auth/session';
import { listSuggestions } from '@/lib/data/admin/suggestions';
import { SUGGESTION_KINDS, SUGGESTION_STATUSES, suggestionFilterSchema } from '@/lib/validation/suggestions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** P7 review queue: public suggestions and problem reports, oldest first, filtered by kind and status. */
export default async function SuggestionsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const sp = await searchParams;
  const filter = suggestionFilterSchema.parse({ kind: sp.kind || undefined, status: sp.status === 'all' ? undefined : (sp.status ?? 'pending') });
  const [t, format, rows] = await Promise.all([getTranslations('SuggestionsAdmin'), getFormatter(), listSuggestions(actor, filter)]);
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-4 max-w-prose">{t('intro')}</p>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="kind" className="block font-medium">{t('kindFilter')}</label>
          <select id="kind" name="kind" defaultValue={filter.kind ?? ''} className="rounded border border-gray-600 px-3 py-2">
            <option value="">{t('allKinds')}</option>
            {SUGGESTION_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block font-medium">{t('statusFilter')}</label>
          <select id="status" name="status" defaultValue={filter.status ?? 'all'} className="rounded border border-gray-600 px-3 py-2">
            {SUGGESTION_STATUSES.map((s) => <option key={s} value={s}>{t(`statuses.${s}`)}</option>)}
            <option value="all">{t('allStatuses')}</option>
          </select>
        </div>
        <button type="submit" className={buttonClass.secondary}>{t('applyFilters')}</button>
      </form>
      {rows.length === 0 ? <p role="status">{t('empty')}</p> : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-start">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr className="border-b border-gray-500">
                <th scope="col" className="p-2 text-start">{t('received')}</th>
                <th scope="col" className="p-2 text-start">{t('kind')}</th>
                <th scope="col" className="p-2 text-start">{t('about')}</th>
                <th scope="col" className="p-2 text-start">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-gray-200">
                  <td className="p-2">{format.dateTime(r.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td className="p-2">{t(`kinds.${r.kind}`)}{r.problemType ? ` · ${t(`problemTypes.${r.problemType as 'other'}`)}` : ''}</td>
                  <td className="p-2"><Link href={`/${locale}/admin/suggestions/${r.id}`} className="text-blue-800 underline" dir="auto">{r.title || t('untitled')}</Link></td>
                  <td className="p-2">{t(`statuses.${r.status as 'pending'}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
