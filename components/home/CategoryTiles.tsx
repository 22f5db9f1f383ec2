import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/icons/Icon';
import { Text } from '@/components/ui/Text';
import type { CategorySummary } from '@/lib/data/categories';
import { LocaleLink } from '@/components/ui/LocaleLink';

export async function CategoryTiles({ categories }: { categories: CategorySummary[] }) {
  const t = await getTranslations('Home');
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {categories.map((c) => (
        <li key={c.slug}>
          <LocaleLink
            href={`/categories/${c.slug}`}
            className="flex h-full min-h-24 items-start gap-3 rounded-lg border border-gray-300 bg-white p-4 no-underline hover:border-brand-600 hover:bg-brand-50"
          >
            <span className="rounded-full bg-brand-100 p-2 text-brand-800"><Icon name={c.icon} /></span>
            <span className="flex flex-col">
              <Text value={c.plainLabel} className="font-semibold text-brand-800" />
              <Text value={c.name} className="text-sm text-muted" />
              <span className="text-sm text-muted">{t('serviceCount', { count: c.serviceCount })}</span>
            </span>
          </LocaleLink>
        </li>
      ))}
    </ul>
  );
}
