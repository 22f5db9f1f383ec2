import { getTranslations } from 'next-intl/server';
import type { HoursGroup } from '@/lib/data/hours';
import { formatDate, formatMinutes, weekdayName } from '@/lib/i18n/format';

/** The weekly hours, Monday to Sunday, and any special days coming up. */
export async function HoursTable({ hours, locale, timeZone }: { hours: HoursGroup; locale: string; timeZone: string }) {
  const t = await getTranslations('Hours');
  if (hours.weekly.length === 0) return null;
  const range = (from: number, to: number) => t('range', { from: formatMinutes(locale, from), to: formatMinutes(locale, to) });
  return (
    <div className="space-y-2">
      <table className="text-sm">
        <caption className="sr-only">{t('heading')}</caption>
        <tbody>
          {[1, 2, 3, 4, 5, 6, 7].map((day) => {
            const intervals = hours.weekly.filter((w) => w.weekday === day);
            return (
              <tr key={day}>
                <th scope="row" className="pe-4 text-start font-medium">{weekdayName(locale, day)}</th>
                <td>
                  {intervals.length
                    ? intervals.map((w) => (w.opensAt === 0 && w.closesAt === 1440 ? t('open24h') : range(w.opensAt, w.closesAt))).join(', ')
                    : t('closedAllDay')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {hours.exceptions.length ? (
        <div>
          <p className="text-sm font-semibold">{t('specialDays')}</p>
          <ul className="text-sm">
            {hours.exceptions.map((e) => {
              const date = formatDate(locale, new Date(`${e.dateKey}T12:00:00Z`), 'UTC');
              return (
                <li key={e.dateKey}>
                  {e.closed || e.opensAt == null || e.closesAt == null
                    ? t('exceptionClosed', { date })
                    : t('exceptionOpen', { date, from: formatMinutes(locale, e.opensAt), to: formatMinutes(locale, e.closesAt) })}
                  {e.note ? <span dir="auto"> — {e.note}</span> : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <p className="text-xs text-muted print:hidden">{t('timezoneNote')}</p>
    </div>
  );
}
