import { getTranslations } from 'next-intl/server';
import type { TranslationView } from '@/lib/data/admin/translations';
import type { RevisableKind } from '@/lib/validation/admin/entity-commands';
import { buttonClass } from '../forms/Field';

type Props = {
  kind: RevisableKind;
  id: string;
  version: number;
  locale: string;
  views: TranslationView[];
  fieldLabel: (field: string) => string;
  action: (fd: FormData) => Promise<void>;
};

/** L3 for organizations, guides and categories: each translation, its status, and "mark reviewed". */
export async function EntityTranslations({ kind, id, version, locale, views, fieldLabel, action }: Props) {
  const [t, c] = await Promise.all([getTranslations('EditorTranslations'), getTranslations('EditorCommon')]);
  return (
    <section id="translations" aria-labelledby="tr-title" className="mt-10">
      <h2 id="tr-title" className="mb-2 text-xl font-semibold">{t('title')}</h2>
      <p className="mb-4 text-gray-800">{t('intro')}</p>
      {views.length === 0 ? <p>{t('none')}</p> : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-start text-sm">
            <thead>
              <tr className="border-b border-gray-500">
                <th scope="col" className="p-2 text-start">{t('language')}</th>
                <th scope="col" className="p-2 text-start">{c('field')}</th>
                <th scope="col" className="p-2 text-start">{t('text')}</th>
                <th scope="col" className="w-44 p-2 text-start">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {views.map((v) => (
                <tr key={`${v.locale}-${v.field}`} className="border-b border-gray-200 align-top">
                  <td className="p-2">{v.locale}</td>
                  <td className="p-2">{fieldLabel(v.field)}</td>
                  <td className="whitespace-pre-wrap p-2" lang={v.locale} dir="auto">{v.value}</td>
                  <td className="p-2">
                    <span className="block">{t(`statuses.${v.status}`)}</span>
                    {v.outdated ? <strong className="block text-red-800">{t('outdated')}</strong> : null}
                    {v.status !== 'reviewed' || v.outdated ? (
                      <form action={action} className="mt-1">
                        {Object.entries({ kind, id, version: String(version), field: v.field, translationLocale: v.locale, locale }).map(([name, value]) => (
                          <input key={name} type="hidden" name={name} value={value} />
                        ))}
                        <button type="submit" className={buttonClass.secondary} aria-label={t('markReviewedLabel', { field: fieldLabel(v.field), language: v.locale })}>{t('markReviewed')}</button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
