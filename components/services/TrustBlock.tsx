import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/icons/Icon';
import type { ServiceDetail } from '@/lib/data/services';
import { formatDate } from '@/lib/i18n/format';
import { LocaleLink } from '@/components/ui/LocaleLink';

type Trust = NonNullable<ServiceDetail>['trust'];

/**
 * PRODUCT T2–T4: what a newcomer needs to know before walking in. Every answer carries the
 * date it was confirmed, or says plainly that it was not; nothing is left out silently.
 * Legal and citizenship listings always get the authorization line and the fraud warning.
 */
export async function TrustBlock({ trust, locale, timeZone }: { trust: Trust; locale: string; timeZone: string }) {
  const [t, tt] = await Promise.all([getTranslations('Trust'), getTranslations('TrustDetails')]);
  const confirmed = (date: Date | null) => (
    <span className="block text-sm text-muted">{date ? t('confirmedOn', { date: formatDate(locale, date, timeZone) }) : tt('notConfirmedYet')}</span>
  );
  const showLegal = trust.legalAuthorization !== 'not_applicable' || trust.showsFraudWarning;
  return (
    <section aria-labelledby="trust-title" className="space-y-4 rounded-lg border-2 border-brand-600 bg-brand-50 p-4 print:border">
      <h2 id="trust-title" className="flex items-center gap-2 text-xl font-bold text-brand-800">
        <Icon name="shield" /> {t('heading')}
      </h2>
      <dl className="space-y-3">
        <div>
          <dt className="font-semibold">{t('statusQuestion')}</dt>
          <dd>{t(`status_${trust.asksImmigrationStatus}`)}{confirmed(trust.statusSafetyConfirmedAt)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t('dataSharing')}</dt>
          <dd>{t(`sharing_${trust.sharesDataWithGovernment}`)}{confirmed(trust.statusSafetyConfirmedAt)}</dd>
        </div>
        {trust.servesRegardlessOfStatus ? (
          <div>
            <dt className="sr-only">{tt('everyoneLabel')}</dt>
            <dd className="flex items-start gap-2 font-semibold text-brand-800"><Icon name="check" className="size-5 shrink-0" />{t('servesEveryone')}</dd>
          </div>
        ) : null}
        {showLegal ? (
          <div>
            <dt className="font-semibold">{t('legalHeading')}</dt>
            <dd>
              {trust.legalAuthorization === 'not_applicable' ? tt('legalNotChecked') : t(`legal_${trust.legalAuthorization}`)}
              {trust.legalAuthorizationReference ? <span className="block text-sm">{t('legalReference', { reference: trust.legalAuthorizationReference })}</span> : null}
              {trust.legalAuthorization === 'not_applicable' ? null : confirmed(trust.legalAuthorizationCheckedAt)}
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="font-semibold">{t('idsHeading')}</dt>
          <dd>
            {trust.idsAccepted.length ? (
              <ul className="space-y-1">
                {trust.idsAccepted.map((id) => (
                  <li key={id} className="flex items-start gap-2"><Icon name="check" className="size-5 shrink-0" />{t(`id_${id}`)}</li>
                ))}
              </ul>
            ) : <p>{tt('idsUnknown')}</p>}
            {trust.idsAccepted.length ? confirmed(trust.idsConfirmedAt) : null}
          </dd>
        </div>
      </dl>
      {trust.showsFraudWarning ? (
        <div role="note" className="rounded border-s-4 border-alert bg-white p-3">
          <p className="flex items-center gap-2 font-bold text-alert"><Icon name="warning" className="size-5" /> {t('fraudHeading')}</p>
          <p className="mt-1">{t('fraudText')}</p>
          <p className="mt-1 no-print"><LocaleLink href="/guides/how-to-spot-immigration-fraud" className="underline">{t('fraudGuide')}</LocaleLink></p>
        </div>
      ) : null}
    </section>
  );
}
