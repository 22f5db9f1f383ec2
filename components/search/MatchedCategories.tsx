import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { Text } from '@/components/ui/Text';
import type { LocalizedText } from '@/lib/data/localize';

/** Categories the words are about, whatever language they were typed in (L4). */
export async function MatchedCategories({ categories }: { categories: { slug: string; name: LocalizedText }[] }) {
  if (!categories.length) return null;
  const t = await getTranslations('Search');
  return (
    <nav aria-label={t('matchedCategories')} className="flex flex-wrap gap-2">
      {categories.map((c) => (
        <LocaleLink key={c.slug} href={`/categories/${c.slug}`} className="inline-flex min-h-11 items-center rounded-full border border-brand-600 px-3 text-brand-800 hover:bg-brand-50">
          <Text value={c.name} />
        </LocaleLink>
      ))}
    </nav>
  );
}
