import { getTranslations } from 'next-intl/server';
import { Text } from '@/components/ui/Text';
import type { UpcomingOccurrence } from '@/lib/data/events';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { LocaleLink } from '@/components/ui/LocaleLink';

export async function UpcomingEventList({ events, locale }: { events: UpcomingOccurrence[]; locale: string }) {
  const [t, tl] = await Promise.all([getTranslations('Events'), getTranslations('EventsList')]);
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {events.map((e) => (
        <li key={`${e.slug}-${e.start.toISOString()}`} className="rounded-lg border border-gray-300 bg-white p-4">
          {e.featured ? <p className="text-xs font-bold uppercase text-brand-800">{tl('featured')}</p> : null}
          <p className="text-sm font-semibold text-brand-700">
            <time dateTime={e.start.toISOString()}>
              {e.allDay ? `${formatDate(locale, e.start, e.timezone)} · ${t('allDay')}` : formatDateTime(locale, e.start, e.timezone)}
            </time>
          </p>
          <h3 className="text-lg font-semibold">
            <LocaleLink href={`/events/${e.slug}`} className="text-brand-800 underline"><Text value={e.title} /></LocaleLink>
          </h3>
          <Text value={e.summary} as="p" className="text-sm" />
          <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-muted">
            {e.placeName ? <span dir="auto" translate="no">{e.placeName}</span> : null}
            {e.online ? <span>{t('online')}</span> : null}
            {e.isFree ? <span>{t('free')}</span> : null}
            {e.organization ? (
              <LocaleLink href={`/organizations/${e.organization.slug}`} className="underline">
                {t('by', { organization: e.organization.name })}
              </LocaleLink>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
