import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { CellCounts, MatrixRow } from '@/lib/data/admin/translation-matrix';
import { languageNames } from '@/lib/i18n/format';
import { isAppLocale } from '@/lib/i18n/locales';
import { UI_TEXT_REVIEW } from '@/lib/i18n/ui-text-review';

type Props = { locale: string; matrix: { locales: string[]; rows: MatrixRow[] } };

export async function TranslationMatrixTable({ locale, matrix }: Props) {
  const t = await getTranslations('TranslationMatrix');
  const names = languageNames(locale, matrix.locales);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="max-w-3xl">{t('intro')}</p>
        <p className="max-w-3xl text-sm">{t('legend')}</p>
      </header>
      <div className="overflow-x-auto">
        <table className="border-collapse text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <thead>
            <tr className="border-b border-gray-500">
              <th scope="col" className="p-2 text-start">{t('kind')}</th>
              {matrix.locales.map((code, i) => (
                <th key={code} scope="col" className="p-2 text-start"><span lang={code}>{names[i]}</span></th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.kind} className="border-b border-gray-200 align-top">
                <th scope="row" className="p-2 text-start">{t(`kinds.${row.kind}`)}</th>
                {matrix.locales.map((code, i) => (
                  <td key={code} className="p-2">
                    <Cell counts={row.counts[code]!} href={`/${locale}/admin/translations?kind=${row.kind}&locale=${code}`}
                      label={t('openList', { kind: t(`kinds.${row.kind}`), language: names[i]! })} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="ui-text-title" className="space-y-2">
        <h2 id="ui-text-title" className="text-xl font-bold">{t('uiTitle')}</h2>
        <p className="max-w-3xl">{t('uiIntro')}</p>
        <ul className="space-y-1">
          {matrix.locales.map((code, i) => {
            const reviewedBy = isAppLocale(code) ? UI_TEXT_REVIEW[code].reviewedBy : null;
            return (
              <li key={code}>
                <span lang={code}>{names[i]}</span>: {reviewedBy ? t('uiReviewed') : <strong>{t('uiNotReviewed')}</strong>}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

async function Cell({ counts, href, label }: { counts: CellCounts; href: string; label: string }) {
  const t = await getTranslations('TranslationMatrix');
  const todo = counts.missing + counts.outdated + counts.machine;
  if (todo === 0) return <span className="text-green-900">{t('allDone')}</span>;
  return (
    <Link href={href} aria-label={label} className="block min-h-11 min-w-28 rounded px-1 text-blue-800 underline">
      <span className="block">{t('missing')}: {counts.missing}</span>
      <span className="block">{t('outdated')}: {counts.outdated}</span>
      <span className="block">{t('machine')}: {counts.machine}</span>
    </Link>
  );
}
