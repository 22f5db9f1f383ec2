import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/icons/Icon';
import type { ServiceDetail } from '@/lib/data/services';
import { formatDate } from '@/lib/i18n/format';
import { LocaleLink } from '@/components/ui/LocaleLink';

type Trust = NonNullable<ServiceDetail>['trust'];

/** PRODUCT T2–T4: what a newcomer needs to know before walking in. */
export async function TrustBlock({ trust, locale, timeZone }: { trust: Trust; locale: string; timeZone: string }) {
  const t = await getTranslations('Trust');
  const confirmed = (date: Date | null) =>
    date ? <span className="block text-xs text-muted">{t('confirmedOn', { date: formatDate(locale, date, timeZone) })}</span> : null;
  return (
    <section aria-labelledby="trust-title" className="space-y-4 rounded-lg border-2 border-brand-600 bg-brand-50 p-4">
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
          <dd>{t(`sharing_${trust.sharesDataWithGovernment}`)}</dd>
        </div>
        {trust.servesRegardlessOfStatus ? (
          <div className="flex items-start gap-2 font-semibold text-brand-800">
            <Icon name="check" className="size-5" /><dd>{t('servesEveryone')}</dd>
          </div>
        ) : null}
        {trust.legalAuthorization !== 'not_applicable' ? (
          <div>
            <dt className="font-semibold">{t('legalHeading')}</dt>
            <dd>
              {t(`legal_${trust.legalAuthorization}`)}
              {trust.legalAuthorizationReference ? <span className="block text-sm">{t('legalReference', { reference: trust.legalAuthorizationReference })}</span> : null}
              {confirmed(trust.legalAuthorizationCheckedAt)}
            </dd>
          </div>
        ) : null}
        {trust.idsAccepted.length ? (
          <div>
            <dt className="font-semibold">{t('idsHeading')}</dt>
            <dd>
              <ul className="list-inside list-disc">
                {trust.idsAccepted.map((id) => <li key={id}>{t(`id_${id}`)}</li>)}
              </ul>
              {confirmed(trust.idsConfirmedAt)}
            </dd>
          </div>
        ) : null}
      </dl>
      {trust.showsFraudWarning ? (
        <div role="note" className="rounded border-s-4 border-alert bg-white p-3">
          <p className="flex items-center gap-2 font-bold text-alert"><Icon name="warning" className="size-5" /> {t('fraudHeading')}</p>
          <p className="mt-1">{t('fraudText')}</p>
          <p className="mt-1"><LocaleLink href="/guides/how-to-spot-immigration-fraud" className="underline">{t('fraudGuide')}</LocaleLink></p>
        </div>
      ) : null}
    </section>
  );
}
