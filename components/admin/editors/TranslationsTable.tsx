import { getTranslations } from 'next-intl/server';
import type { TranslationView } from '@/lib/data/admin/translations';
import { buttonClass } from '../forms/Field';

/** A listing being edited: its source texts by field name, and their translations. */
type Translated = { id: string; version: number; sourceLocale: string; translationViews: TranslationView[] };

type Props = {
  entity: Translated;
  /** The translatable fields in display order, with their labels; only those with translations are shown. */
  fieldLabels: Record<string, string>;
  locale: string;
  /** "Mark reviewed"; without it, a translation is confirmed by saving it as reviewed below. */
  action?: (fd: FormData) => Promise<void>;
};

/** L3: each translatable field's source text beside its translations, with their status (services, events, places). */
export async function TranslationsTable({ entity, fieldLabels, locale, action }: Props) {
  const t = await getTranslations('EditorTranslations');
  const fields = Object.keys(fieldLabels).filter((f) => entity.translationViews.some((v) => v.field === f));
  return (
    <section id="translations" aria-labelledby="translations-title" className="mt-10">
      <h2 id="translations-title" className="mb-2 text-xl font-semibold">{t('title')}</h2>
      <p className="mb-4 text-gray-800">{t('intro')}</p>
      {fields.length === 0 ? <p>{t('none')}</p> : null}
      {fields.map((field) => (
        <div key={field} className="mb-6 overflow-x-auto">
          <table className="w-full border-collapse text-start text-sm">
            <caption className="mb-1 text-start font-semibold">{fieldLabels[field]}</caption>
            <thead>
              <tr className="border-b border-gray-500">
                <th scope="col" className="w-24 p-2 text-start">{t('language')}</th>
                <th scope="col" className="p-2 text-start">{t('text')}</th>
                <th scope="col" className="w-40 p-2 text-start">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              <tr className="border-b border-gray-200 bg-gray-50 align-top">
                <th scope="row" className="p-2 text-start">{entity.sourceLocale} ({t('source')})</th>
                <td className="p-2 whitespace-pre-wrap" lang={entity.sourceLocale} dir="auto">{(entity as unknown as Record<string, string | null>)[field] ?? ''}</td>
                <td className="p-2">—</td>
              </tr>
              {entity.translationViews.filter((v) => v.field === field).map((v) => (
                <tr key={v.locale} className="border-b border-gray-200 align-top">
                  <th scope="row" className="p-2 text-start">{v.locale}</th>
                  <td className="p-2 whitespace-pre-wrap" lang={v.locale} dir="auto">{v.value}</td>
                  <td className="p-2">
                    <span className="block">{t(`statuses.${v.status}`)}</span>
                    {v.outdated ? <strong className="block text-red-800">{t('outdated')}</strong> : null}
                    {action && (v.status !== 'reviewed' || v.outdated) ? (
                      <form action={action} className="mt-1">
                        <input type="hidden" name="id" value={entity.id} />
                        <input type="hidden" name="version" value={entity.version} />
                        <input type="hidden" name="field" value={field} />
                        <input type="hidden" name="translationLocale" value={v.locale} />
                        <input type="hidden" name="locale" value={locale} />
                        <button type="submit" className={buttonClass.secondary} aria-label={t('markReviewedLabel', { field: fieldLabels[field] ?? field, language: v.locale })}>{t('markReviewed')}</button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
