import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { importTranslationsAction } from '@/app/[locale]/admin/translations/import-actions';
import { languageNames } from '@/lib/i18n/format';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales';
import { TRANSLATABLE_KINDS } from '@/lib/i18n/translatable-fields';
import { MAX_EXCHANGE_UPLOAD_BYTES } from '@/lib/translation-exchange/decode';
import { buttonClass } from '../forms/Field';
import { TranslationImportForm } from './TranslationImportForm';

const control = 'mt-1 block rounded border border-gray-600 bg-white px-3 py-2 text-base';

function Select({ id, name, label, options }: { id: string; name: string; label: string; options: { value: string; label: string; lang?: string }[] }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">{label}</label>
      <select id={id} name={name} className={control}>
        {options.map((o) => <option key={o.value} value={o.value} lang={o.lang}>{o.label}</option>)}
      </select>
    </div>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded border border-gray-300 p-4">
      <h3 id={id} className="text-lg font-bold">{title}</h3>
      <p className="max-w-3xl">{intro}</p>
      {children}
    </section>
  );
}

/** PRODUCT L6 on /admin/translations: files for human translators, out and back in. */
export async function TranslationExchangePanel({ locale, enabledLocales }: { locale: string; enabledLocales: string[] }) {
  const [t, tm] = await Promise.all([getTranslations('TranslationExchange'), getTranslations('TranslationMatrix')]);
  const contentCodes = enabledLocales.filter((l) => l !== DEFAULT_LOCALE);
  const uiCodes = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  const named = (codes: string[]) => languageNames(locale, codes).map((name, i) => ({ value: codes[i]!, label: `${name} (${codes[i]})` }));
  const formats = [{ value: 'xliff', label: t('formatXliff') }, { value: 'csv', label: t('formatCsv') }];
  return (
    <section aria-labelledby="exchange-title" className="space-y-4">
      <h2 id="exchange-title" className="text-xl font-bold">{t('title')}</h2>
      <Section id="exchange-download" title={t('downloadTitle')} intro={t('downloadIntro')}>
        <form method="get" action="/api/admin/translation-export" className="flex flex-wrap items-end gap-4">
          <Select id="export-locale" name="locale" label={t('language')} options={named(contentCodes)} />
          <Select id="export-format" name="format" label={t('format')} options={formats} />
          <Select id="export-scope" name="scope" label={t('scope')} options={[{ value: 'needed', label: t('scopeNeeded') }, { value: 'all', label: t('scopeAll') }]} />
          <Select id="export-kind" name="kind" label={t('kind')} options={[{ value: '', label: t('kindAll') }, ...TRANSLATABLE_KINDS.map((k) => ({ value: k, label: tm(`kinds.${k}`) }))]} />
          <button type="submit" className={buttonClass.primary}>{t('download')}</button>
        </form>
      </Section>
      <Section id="exchange-upload" title={t('uploadTitle')} intro={t('uploadIntro')}>
        <TranslationImportForm action={importTranslationsAction} locale={locale}
          labels={{ language: t('language'), file: t('file', { kilobytes: MAX_EXCHANGE_UPLOAD_BYTES / 1024 }), upload: t('upload') }}
          languages={named(contentCodes).map((o) => ({ code: o.value, name: o.label }))} />
      </Section>
      <Section id="exchange-ui" title={t('uiTitle')} intro={t('uiIntro')}>
        <form method="get" action="/api/admin/ui-messages-export" className="flex flex-wrap items-end gap-4">
          <Select id="ui-export-locale" name="locale" label={t('language')} options={named(uiCodes)} />
          <Select id="ui-export-format" name="format" label={t('format')} options={formats} />
          <button type="submit" className={buttonClass.secondary}>{t('uiDownload')}</button>
        </form>
      </Section>
    </section>
  );
}
