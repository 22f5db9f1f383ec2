import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { listAuditLog } from '@/lib/data/audit';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export default async function AuditLogPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin');
  const requested = Number((await searchParams).page ?? '1');
  const page = Number.isInteger(requested) && requested > 0 && requested < 1_000_000 ? requested : 1;
  const [t, format, log] = await Promise.all([getTranslations('AdminAudit'), getFormatter(), listAuditLog(actor, page)]);
  return (
    <section>
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-4">{t('intro')}</p>
      {log.rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-gray-400">
                {(['at', 'action', 'actor', 'target', 'details'] as const).map((h) => (
                  <th key={h} scope="col" className="p-2 text-start">{t(h)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {log.rows.map((row) => (
                <tr key={row.id} className="border-b border-gray-200 align-top">
                  <td className="p-2 whitespace-nowrap">{format.dateTime(row.at, { dateStyle: 'short', timeStyle: 'medium' })}</td>
                  <td className="p-2" dir="ltr"><code>{row.action}</code></td>
                  <td className="p-2" dir="ltr">{row.actorEmail ?? '—'}</td>
                  <td className="p-2" dir="ltr">{row.targetType ? `${row.targetType} ${row.targetId ?? ''}` : '—'}</td>
                  <td className="p-2" dir="ltr"><code className="break-all">{row.details}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t('pagination')} className="mt-4 flex flex-wrap items-center gap-4">
        {page > 1 ? <a href={`/${locale}/admin/audit?page=${page - 1}`} className="text-blue-800 underline">{t('previous')}</a> : null}
        <span>{t('pageOf', { page, pageCount: log.pageCount })}</span>
        {page < log.pageCount ? <a href={`/${locale}/admin/audit?page=${page + 1}`} className="text-blue-800 underline">{t('next')}</a> : null}
      </nav>
    </section>
  );
}
