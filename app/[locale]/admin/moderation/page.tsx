import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { requireActor } from '@/lib/auth/session';
import { listPendingPartnerSubmissions } from '@/lib/data/admin/moderation';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ decided?: string }> };

/** A7: partners' proposals waiting for a decision, oldest first. */
export default async function ModerationQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const [t, p, format, items, sp] = await Promise.all([getTranslations('Moderation'), getTranslations('PartnerArea'), getFormatter(), listPendingPartnerSubmissions(actor), searchParams]);
  const decided = ['approve', 'request_changes', 'reject'].includes(sp.decided ?? '') ? sp.decided as 'approve' : null;
  const th = 'p-2 text-start';
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-4 text-gray-800">{t('intro')}</p>
      {decided ? <p role="status" className="mb-4 rounded bg-green-100 p-3 text-green-900">{t(`decided.${decided}`)}</p> : null}
      {items.length === 0 ? <p>{t('empty')}</p> : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="mb-2 text-start font-medium">{t('caption', { count: items.length })}</caption>
            <thead><tr className="border-b border-gray-500"><th scope="col" className={th}>{p('what')}</th><th scope="col" className={th}>{p('kind')}</th><th scope="col" className={th}>{t('organization')}</th><th scope="col" className={th}>{t('submitter')}</th><th scope="col" className={th}>{p('sentOn')}</th></tr></thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id} className="border-b border-gray-200 align-top">
                  <td className="p-2"><Link href={`/${locale}/admin/moderation/${s.id}`} className="text-blue-800 underline" dir="auto">{s.title || p('untitled')}</Link></td>
                  <td className="p-2">{p(`kinds.${s.kind}`)}</td>
                  <td className="p-2" dir="auto">{s.organization?.name ?? ''}</td>
                  <td className="p-2" dir="auto">{s.submittedBy?.name ?? ''}</td>
                  <td className="p-2">{format.dateTime(s.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
