import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/icons/Icon';

/** Previous/next links that keep every other query parameter (filters stay applied). */
export async function Pagination({ basePath, params, page, pageCount }: { basePath: string; params: Record<string, string>; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('Pagination');
  const href = (p: number) => {
    const query = new URLSearchParams({ ...params, ...(p > 1 ? { page: String(p) } : {}) });
    if (p <= 1) query.delete('page');
    const qs = query.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  const linkClass = 'inline-flex min-h-11 items-center gap-1 rounded border border-brand-600 px-4 py-2 text-brand-800 hover:bg-brand-50';
  return (
    <nav aria-label={t('label')} className="mt-6 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className={linkClass}>
          <Icon name="arrow" className="size-4 rotate-180" /> {t('previous')}
        </a>
      ) : <span />}
      <p aria-current="page">{t('status', { page, pageCount })}</p>
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next" className={linkClass}>
          {t('next')} <Icon name="arrow" className="size-4" />
        </a>
      ) : <span />}
    </nav>
  );
}
