import { getTranslations } from 'next-intl/server';
import { Text } from '@/components/ui/Text';
import type { ServiceCard as Card } from '@/lib/data/services';
import { formatList, formatMiles, languageNames } from '@/lib/i18n/format';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { OpenStatusLine } from './OpenStatusLine';
import { SaveButton } from '@/components/my-list/SaveButton';
import { saveButtonLabels } from '@/components/my-list/labels';

/** `distanceMiles`: shown when the visitor searched near a place. */
export async function ServiceCard({ service, locale, timeZone, distanceMiles = null }: { service: Card; locale: string; timeZone: string; distanceMiles?: number | null }) {
  const [t, saveLabels] = await Promise.all([getTranslations('ServiceCard'), saveButtonLabels()]);
  const badges = [
    service.isFree && t('free'),
    service.acceptsWalkIns && t('walkIn'),
    service.noIdNeeded && t('noId'),
    service.servesRegardlessOfStatus && t('allStatuses'),
  ].filter(Boolean) as string[];
  return (
    <article className="rounded-lg border border-gray-300 bg-white p-4">
      <h3 className="text-lg font-semibold">
        <LocaleLink href={`/services/${service.slug}`} className="text-brand-800 underline underline-offset-2">
          <Text value={service.name} />
        </LocaleLink>
      </h3>
      <p className="text-sm text-muted">{t.rich('by', { organization: service.organizationName, org: (c) => <bdi translate="no">{c}</bdi> })}</p>
      <Text value={service.summary} as="p" className="mt-1" notice />
      <p className="mt-2 text-sm"><OpenStatusLine status={service.hours.status} locale={locale} timeZone={timeZone} /></p>
      {badges.length ? (
        <ul className="mt-2 flex flex-wrap gap-2">
          {badges.map((b) => (
            <li key={b} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800">{b}</li>
          ))}
        </ul>
      ) : null}
      <p className="mt-2 text-sm text-muted">
        {service.languages.length ? t('languages', { list: formatList(locale, languageNames(locale, service.languages)) }) : null}
        {service.neighborhoods.length ? <> · {t('where', { list: service.neighborhoods.join(', ') })}</> : null}
        {distanceMiles !== null ? <> · {t('distance', { distance: formatMiles(locale, distanceMiles) })}</> : null}
      </p>
      <SaveButton slug={service.slug} name={service.name.text} labels={saveLabels} className="mt-2" />
    </article>
  );
}
