import { getTranslations } from 'next-intl/server';
import type { HoursGroup } from '@/lib/data/hours';
import { formatDate, formatMinutes, weekdayName } from '@/lib/i18n/format';

/**
 * Weekly hours in one line, for paper (the handout, a printed service page): days with equal
 * hours are grouped ("Mon–Fri"), then the special days coming up.
 */
export async function CompactHours({ hours, locale }: { hours: HoursGroup; locale: string }) {
  const t = await getTranslations('Hours');
  if (!hours.weekly.length) return null;
  const dayText = (day: number) =>
    hours.weekly
      .filter((w) => w.weekday === day)
      .map((w) => (w.opensAt === 0 && w.closesAt === 1440 ? t('open24h') : t('range', { from: formatMinutes(locale, w.opensAt), to: formatMinutes(locale, w.closesAt) })))
      .join(', ');
  const groups: { first: number; last: number; text: string }[] = [];
  for (let day = 1; day <= 7; day++) {
    const text = dayText(day);
    const previous = groups.at(-1);
    if (previous && previous.text === text && previous.last === day - 1) previous.last = day;
    else groups.push({ first: day, last: day, text });
  }
  const label = (g: { first: number; last: number }) =>
    g.first === g.last ? weekdayName(locale, g.first, 'short') : `${weekdayName(locale, g.first, 'short')}–${weekdayName(locale, g.last, 'short')}`;
  const special = hours.exceptions.map((e) => {
    const date = formatDate(locale, new Date(`${e.dateKey}T12:00:00Z`), 'UTC');
    return e.closed || e.opensAt == null || e.closesAt == null
      ? t('exceptionClosed', { date })
      : t('exceptionOpen', { date, from: formatMinutes(locale, e.opensAt), to: formatMinutes(locale, e.closesAt) });
  });
  return <>{[...groups.filter((g) => g.text).map((g) => `${label(g)} ${g.text}`), ...special].join(' · ')}</>;
}
