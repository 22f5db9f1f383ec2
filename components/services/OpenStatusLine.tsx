import { getTranslations } from 'next-intl/server';
import type { OpenStatus } from '@/lib/hours/open-status';
import { formatClock, weekdayOfDateName } from '@/lib/i18n/format';
import { zonedParts } from '@/lib/time/zoned';

/** "Open now · closes 5:00 PM" — computed in the city's time zone. */
export async function OpenStatusLine({ status, locale, timeZone, now = new Date() }: { status: OpenStatus; locale: string; timeZone: string; now?: Date }) {
  const t = await getTranslations('Hours');
  const today = zonedParts(now, timeZone).dateKey;
  if (status.state === 'unknown') return <span className="text-muted">{t('unknown')}</span>;
  if (status.state === 'open24h') return <span className="font-semibold text-brand-700">{t('open24h')}</span>;
  if (status.state === 'open') {
    const time = formatClock(locale, status.closesAt.dateKey, status.closesAt.minutes, timeZone);
    return (
      <span className="font-semibold text-brand-700">
        {status.closesAt.dateKey === today ? t('closesAt', { time }) : t('closesOn', { time, day: weekdayOfDateName(locale, status.closesAt.dateKey) })}
      </span>
    );
  }
  if (!status.opensAt) return <span className="font-semibold text-alert">{t('closed')}</span>;
  const time = formatClock(locale, status.opensAt.dateKey, status.opensAt.minutes, timeZone);
  return (
    <span className="font-semibold text-alert">
      {status.opensAt.dateKey === today ? t('opensAt', { time }) : t('opensOn', { time, day: weekdayOfDateName(locale, status.opensAt.dateKey) })}
    </span>
  );
}
