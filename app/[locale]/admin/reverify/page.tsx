import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { buttonClass } from '@/components/admin/forms/Field';
import { requireActor } from '@/lib/auth/session';
import { getPartnerDashboard } from '@/lib/data/partner-submissions';
import { confirmListingAction } from '../proposals/actions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ confirmed?: string }> };

/** R5: where the reminder email leads. Each listing: "still correct" (a new verified date) or "propose an edit". */
export default async function ReverifyPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('partner');
  const [t, format, data, sp] = await Promise.all([getTranslations('PartnerArea'), getFormatter(), getPartnerDashboard(actor), searchParams]);
  const services = data.services.filter((s) => s.status === 'published');
  const confirmed = services.find((s) => s.id === sp.confirmed);
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t('reverifyTitle')}</h1>
      <p className="mb-4 text-gray-800">{t('reverifyIntro', { name: data.organizationName })}</p>
      {confirmed ? <p role="status" className="mb-4 rounded bg-green-100 p-3 text-green-900" dir="auto">{t('confirmedNotice', { name: confirmed.name })}</p> : null}
      {services.length === 0 ? <p>{t('noServices')}</p> : (
        <ul className="space-y-3">
          {services.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-gray-300 p-3">
              <div>
                <p className="font-semibold" dir="auto">{s.name}</p>
                <p className="text-sm text-gray-800">{s.verifiedAt ? t('lastVerifiedOn', { date: format.dateTime(s.verifiedAt, { dateStyle: 'medium' }) }) : t('neverVerified')}</p>
              </div>
              <div className="flex flex-wrap items-center gap-3">
                <form action={confirmListingAction}>
                  <input type="hidden" name="id" value={s.id} />
                  <input type="hidden" name="locale" value={locale} />
                  <button type="submit" className={buttonClass.secondary} aria-label={t('stillCorrectOf', { name: s.name })}>{t('stillCorrect')}</button>
                </form>
                <Link href={`/${locale}/admin/proposals/edit/service/${s.id}`} className="text-blue-800 underline" aria-label={t('proposeEditOf', { name: s.name })}>{t('proposeEdit')}</Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
