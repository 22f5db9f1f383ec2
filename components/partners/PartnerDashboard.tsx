import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { Actor } from '@/lib/auth/actor';
import { getPartnerDashboard } from '@/lib/data/partner-submissions';
import { StatusBadge } from './StatusBadge';

/** R4: the partner's organization at a glance: its listings, what they proposed and what became of it. */
export async function PartnerDashboard({ actor, locale }: { actor: Actor; locale: string }) {
  const [t, format, data] = await Promise.all([getTranslations('PartnerArea'), getFormatter(), getPartnerDashboard(actor)]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  const link = 'text-blue-800 underline';
  const th = 'p-2 text-start';
  return (
    <div className="space-y-8">
      <p className="text-lg">{t('organization', { name: data.organizationName })}</p>
      <ul className="flex flex-wrap gap-4">
        <li><Link href={`/${locale}/admin/proposals/new/service`} className={link}>{t('proposeService')}</Link></li>
        <li><Link href={`/${locale}/admin/proposals/new/event`} className={link}>{t('proposeEvent')}</Link></li>
        <li><Link href={`/${locale}/admin/reverify`} className={link}>{t('reverifyLink')}</Link></li>
      </ul>

      <section aria-labelledby="my-submissions">
        <h2 id="my-submissions" className="mb-2 text-xl font-semibold">{t('submissionsTitle')}</h2>
        {data.submissions.length === 0 ? <p>{t('noSubmissions')}</p> : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead><tr className="border-b border-gray-500"><th scope="col" className={th}>{t('what')}</th><th scope="col" className={th}>{t('kind')}</th><th scope="col" className={th}>{t('sentOn')}</th><th scope="col" className={th}>{t('status')}</th><th scope="col" className={th}>{t('reviewerNote')}</th></tr></thead>
              <tbody>
                {data.submissions.map((s) => (
                  <tr key={s.id} className="border-b border-gray-200 align-top">
                    <td className="p-2"><Link href={`/${locale}/admin/proposals/${s.id}`} className={link} dir="auto">{s.title || t('untitled')}</Link></td>
                    <td className="p-2">{t(`kinds.${s.kind}`)}</td>
                    <td className="p-2">{date(s.createdAt)}</td>
                    <td className="p-2"><StatusBadge status={s.status} /></td>
                    <td className="whitespace-pre-wrap p-2" dir="auto">{s.reviewerNote}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="my-services">
        <h2 id="my-services" className="mb-2 text-xl font-semibold">{t('servicesTitle')}</h2>
        {data.services.length === 0 ? <p>{t('noServices')}</p> : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead><tr className="border-b border-gray-500"><th scope="col" className={th}>{t('name')}</th><th scope="col" className={th}>{t('listingStatus')}</th><th scope="col" className={th}>{t('lastVerified')}</th><th scope="col" className={th}><span className="sr-only">{t('actions')}</span></th></tr></thead>
              <tbody>
                {data.services.map((s) => (
                  <tr key={s.id} className="border-b border-gray-200 align-top">
                    <td className="p-2" dir="auto">{s.name}</td>
                    <td className="p-2">{t(`listingStatuses.${s.status}`)}</td>
                    <td className="p-2">{s.verifiedAt ? date(s.verifiedAt) : t('neverVerified')}</td>
                    <td className="p-2">{s.status !== 'archived' ? <Link href={`/${locale}/admin/proposals/edit/service/${s.id}`} className={link} aria-label={t('proposeEditOf', { name: s.name })}>{t('proposeEdit')}</Link> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="my-events">
        <h2 id="my-events" className="mb-2 text-xl font-semibold">{t('eventsTitle')}</h2>
        {data.events.length === 0 ? <p>{t('noEvents')}</p> : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead><tr className="border-b border-gray-500"><th scope="col" className={th}>{t('name')}</th><th scope="col" className={th}>{t('listingStatus')}</th><th scope="col" className={th}>{t('startsOn')}</th><th scope="col" className={th}><span className="sr-only">{t('actions')}</span></th></tr></thead>
              <tbody>
                {data.events.map((e) => (
                  <tr key={e.id} className="border-b border-gray-200 align-top">
                    <td className="p-2" dir="auto">{e.title}</td>
                    <td className="p-2">{t(`listingStatuses.${e.status}`)}</td>
                    <td className="p-2">{date(e.startsAt)}</td>
                    <td className="p-2">{e.status !== 'archived' ? <Link href={`/${locale}/admin/proposals/edit/event/${e.id}`} className={link} aria-label={t('proposeEditOf', { name: e.title })}>{t('proposeEdit')}</Link> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
