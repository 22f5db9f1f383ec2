import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { buttonClass } from '@/components/admin/forms/Field';
import { requireActor } from '@/lib/auth/session';
import { listVerificationQueue } from '@/lib/data/admin/verification';
import { verifyServiceAction } from '../services/actions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ due?: string; verified?: string }> };
const STATE_CLASS = { current: 'bg-green-100 text-green-900', flagged: 'bg-amber-100 text-amber-950', hidden: 'bg-red-100 text-red-900' } as const;

/** A9: listings by last-verified date, oldest first, each with one-click "still correct". */
export default async function VerificationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const sp = await searchParams;
  const onlyDue = sp.due === '1';
  const [t, format, queue] = await Promise.all([getTranslations('EditorVerification'), getFormatter(), listVerificationQueue(actor, { onlyDue })]);
  const verified = sp.verified ? queue.items.find((i) => i.id === sp.verified) : null;
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-4">{t('thresholds', { flag: queue.thresholds.verifyFlagAfterDays, hide: queue.thresholds.verifyHideAfterDays })}</p>
      {verified ? <p role="status" className="mb-4 rounded bg-green-100 p-3 text-green-900">{t('done', { name: verified.name })}</p> : null}
      <p className="mb-4">
        {onlyDue ? <Link href="?" className="text-blue-800 underline">{t('showAll')}</Link> : <Link href="?due=1" className="text-blue-800 underline">{t('showDue')}</Link>}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-start">
          <caption className="sr-only">{t('caption')}</caption>
          <thead>
            <tr className="border-b border-gray-500">
              <th scope="col" className="p-2 text-start">{t('service')}</th>
              <th scope="col" className="p-2 text-start">{t('organization')}</th>
              <th scope="col" className="p-2 text-start">{t('lastVerified')}</th>
              <th scope="col" className="p-2 text-start">{t('state')}</th>
              <th scope="col" className="p-2 text-start"><span className="sr-only">{t('actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {queue.items.map((s) => (
              <tr key={s.id} className="border-b border-gray-200">
                <td className="p-2"><Link href={`/${locale}/admin/services/${s.id}`} className="text-blue-800 underline" dir="auto">{s.name}</Link></td>
                <td className="p-2" dir="auto">{s.organization.name}</td>
                <td className="p-2">{s.verifiedAt ? format.dateTime(s.verifiedAt, { dateStyle: 'medium' }) : t('never')}{s.verifiedBy ? ` · ${s.verifiedBy.name}` : ''}</td>
                <td className="p-2"><span className={`rounded px-2 py-0.5 text-sm ${STATE_CLASS[s.state]}`}>{t(`states.${s.state}`)}</span></td>
                <td className="p-2">
                  <form action={verifyServiceAction}>
                    <input type="hidden" name="id" value={s.id} />
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="back" value="verification" />
                    <button type="submit" className={buttonClass.secondary} aria-label={t('stillCorrectFor', { name: s.name })}>{t('stillCorrect')}</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
