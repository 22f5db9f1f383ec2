import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { Text } from '@/components/ui/Text';
import type { CalendarDay } from '@/lib/data/event-calendar';
import { formatDayHeading, formatList, languageNames } from '@/lib/i18n/format';
import { zonedToInstant } from '@/lib/time/zoned';
import { occurrenceTimeText } from './event-time';

/** Occurrences under one heading per day (the city's days). Cancelled dates stay, marked. */
export async function EventDayList({ days, locale, timeZone }: { days: CalendarDay[]; locale: string; timeZone: string }) {
  const t = await getTranslations('EventsList');
  return (
    <ol className="space-y-6">
      {days.map((day) => (
        <li key={day.dateKey}>
          <h2 className="mb-2 border-b border-gray-300 pb-1 text-xl font-bold">
            <time dateTime={day.dateKey}>{formatDayHeading(locale, zonedToInstant(day.dateKey, 720, timeZone), timeZone)}</time>
          </h2>
          <ul className="space-y-3">
            {day.items.map((item) => (
              <li key={`${item.slug}-${item.start.toISOString()}`} className={`rounded-lg border bg-white p-4 ${item.cancelled ? 'border-alert' : 'border-gray-300'}`}>
                <p className="text-sm font-semibold text-brand-800">
                  <time dateTime={item.start.toISOString()}>{occurrenceTimeText(locale, item, { allDay: t('allDay') })}</time>
                  {item.cancelled ? <strong className="ms-2 rounded bg-red-50 px-2 text-alert">{t('cancelled')}</strong> : null}
                  {item.moved ? <strong className="ms-2 rounded bg-amber-50 px-2 text-amber-900">{t('moved')}</strong> : null}
                </p>
                <h3 className="text-lg font-semibold">
                  <LocaleLink href={`/events/${item.slug}`} className={`text-brand-800 underline ${item.cancelled ? 'line-through' : ''}`}>
                    <Text value={item.title} />
                  </LocaleLink>
                </h3>
                {item.note ? <p className="text-sm" dir="auto">{item.note}</p> : null}
                <Text value={item.summary} as="p" className="text-sm" />
                <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-muted">
                  {item.location ? <Text value={item.location.name} /> : null}
                  {item.online ? <span>{t('online')}</span> : null}
                  {item.isFree ? <span>{t('free')}</span> : null}
                  {item.languages.length ? <span>{t('languages', { languages: formatList(locale, languageNames(locale, item.languages)) })}</span> : null}
                  {item.organization ? <span dir="auto">{t('by', { organization: item.organization.name })}</span> : null}
                </p>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
