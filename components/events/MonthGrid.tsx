import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/LocaleLink';
import type { CalendarItem } from '@/lib/data/event-calendar';
import { weekdayName } from '@/lib/i18n/format';
import { addDays, weekdayOf } from '@/lib/time/zoned';

// Weeks start on Sunday, as calendars do in the US cities Welcome Desk serves (ISO weekday 7).
const FIRST_WEEKDAY = 7;
const WEEKDAYS = Array.from({ length: 7 }, (_, i) => ((FIRST_WEEKDAY - 1 + i) % 7) + 1);

/**
 * A month as a table, one row per week, built on the server: it needs no JavaScript.
 * Empty days say so for screen readers; each event is a link.
 */
export async function MonthGrid({ first, next, byDay, caption, locale }: { first: string; next: string; byDay: Map<string, CalendarItem[]>; caption: string; locale: string }) {
  const t = await getTranslations('EventsList');
  const weeks: string[][] = [];
  for (let day = addDays(first, -((weekdayOf(first) - FIRST_WEEKDAY + 7) % 7)); day < next; day = addDays(day, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full table-fixed border-collapse text-start text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col" className="border border-gray-300 bg-gray-50 p-1 text-start">
                <abbr title={weekdayName(locale, d)} className="no-underline">{weekdayName(locale, d, 'short')}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]} className="align-top">
              {week.map((day) => {
                const inMonth = day >= first && day < next;
                const items = inMonth ? (byDay.get(day) ?? []) : [];
                return (
                  <td key={day} className={`h-24 border border-gray-300 p-1 ${inMonth ? 'bg-white' : 'bg-gray-100'}`}>
                    {inMonth ? (
                      <>
                        <p className="font-semibold"><time dateTime={day}>{Number(day.slice(8))}</time></p>
                        {items.length === 0 ? <span className="sr-only">{t('noEventsDay')}</span> : (
                          <ul className="space-y-1">
                            {items.map((item) => (
                              <li key={`${item.slug}-${item.start.toISOString()}`} className="break-words">
                                <LocaleLink href={`/events/${item.slug}`} className={`text-brand-800 underline ${item.cancelled ? 'line-through' : ''}`} lang={item.title.status === 'fallback' ? item.title.lang : undefined}>
                                  {item.title.text}
                                </LocaleLink>
                                {item.cancelled ? <span className="block text-xs font-semibold text-alert">{t('cancelled')}</span> : null}
                              </li>
                            ))}
                          </ul>
                        )}
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
