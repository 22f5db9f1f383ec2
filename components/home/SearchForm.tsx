import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/icons/Icon';

/**
 * A plain GET form: works without JavaScript and the result URL can be shared.
 * `hiddenFields` carry the search page's filters, so new words keep them.
 */
export async function SearchForm({ locale, defaultValue = '', hiddenFields = [] }: { locale: string; defaultValue?: string; hiddenFields?: [string, string][] }) {
  const t = await getTranslations('Home');
  return (
    <form role="search" action={`/${locale}/search`} method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      {hiddenFields.map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <div className="flex-1">
        <label htmlFor="q" className="mb-1 block font-semibold">{t('searchLabel')}</label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={200}
          placeholder={t('searchPlaceholder')}
          dir="auto"
          className="min-h-12 w-full rounded border-2 border-gray-500 bg-white px-3 text-lg"
        />
      </div>
      <button type="submit" className="inline-flex min-h-12 items-center justify-center gap-2 rounded bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800">
        <Icon name="search" className="size-5" />
        {t('searchButton')}
      </button>
    </form>
  );
}
