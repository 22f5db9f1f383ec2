import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/LocaleLink';

/** Upcoming / month / past: the three ways to browse events, as plain links that keep the filters. */
export async function EventViews({ current, query }: { current: 'list' | 'month' | 'past'; query: Record<string, string> }) {
  const t = await getTranslations('EventsList');
  const qs = new URLSearchParams(query).toString();
  const views = [
    { key: 'list', href: '/events', label: t('viewList') },
    { key: 'month', href: '/events/month', label: t('viewMonth') },
    { key: 'past', href: '/events/past', label: t('viewPast') },
  ] as const;
  return (
    <nav aria-label={t('viewsLabel')}>
      <ul className="flex flex-wrap gap-2">
        {views.map((v) => (
          <li key={v.key}>
            <LocaleLink
              href={qs ? `${v.href}?${qs}` : v.href}
              aria-current={v.key === current ? 'page' : undefined}
              className="inline-flex min-h-11 items-center rounded border border-brand-600 px-4 py-2 text-brand-800 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {v.label}
            </LocaleLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
