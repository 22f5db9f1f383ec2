import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { GapRow } from '@/lib/data/admin/translation-matrix';
import { languageNames } from '@/lib/i18n/format';
import type { TranslatableKind } from '@/lib/i18n/translatable-fields';

type Props = {
  locale: string;
  kind: TranslatableKind;
  targetLocale: string;
  page: number;
  gaps: { items: GapRow[]; total: number; pageSize: number };
};

const EDITOR_PATH: Record<TranslatableKind, string> = {
  service: 'services', organization: 'organizations', category: 'categories', guide: 'guides', event: 'events',
};
const STATE_CLASS = { missing: 'bg-red-100 text-red-900', outdated: 'bg-amber-100 text-amber-950', machine: 'bg-blue-50 text-blue-900' } as const;

export async function TranslationGaps({ locale, kind, targetLocale, page, gaps }: Props) {
  const t = await getTranslations('TranslationMatrix');
  const [language = targetLocale] = languageNames(locale, [targetLocale]);
  const pages = Math.max(1, Math.ceil(gaps.total / gaps.pageSize));
  const pageHref = (n: number) => `/${locale}/admin/translations?kind=${kind}&locale=${targetLocale}&page=${n}`;
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t('gapsTitle', { kind: t(`kinds.${kind}`), language })}</h1>
      {gaps.total === 0 ? (
        <p>{t('noGaps')}</p>
      ) : (
        <>
          <p>{t('gapsIntro', { count: gaps.total })}</p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr className="border-b border-gray-500">
                  <th scope="col" className="p-2 text-start">{t('listingColumn')}</th>
                  <th scope="col" className="p-2 text-start">{t('fieldsColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {gaps.items.map((item) => (
                  <tr key={item.id} className="border-b border-gray-200 align-top">
                    <td className="p-2">
                      <Link href={`/${locale}/admin/${EDITOR_PATH[kind]}/${item.id}`} className="text-blue-800 underline" aria-label={t('edit', { name: item.label })}>
                        <bdi>{item.label}</bdi>
                      </Link>
                    </td>
                    <td className="p-2">
                      <ul className="flex flex-wrap gap-1">
                        {item.fields.map((f) => (
                          <li key={f.field} className={`rounded px-2 py-0.5 ${STATE_CLASS[f.state]}`}>
                            {t(`fields.${f.field}`)}: {t(f.state)}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 ? (
            <nav aria-label={t('pageOf', { page, pages })} className="flex items-center gap-4">
              {page > 1 ? <Link href={pageHref(page - 1)} className="text-blue-800 underline">{t('previous')}</Link> : null}
              <span>{t('pageOf', { page, pages })}</span>
              {page < pages ? <Link href={pageHref(page + 1)} className="text-blue-800 underline">{t('next')}</Link> : null}
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
}
