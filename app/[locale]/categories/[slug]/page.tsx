import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ServiceCard } from '@/components/services/ServiceCard';
import { Pagination } from '@/components/ui/Pagination';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { Text } from '@/components/ui/Text';
import { getCategory } from '@/lib/data/categories';
import { listPublicServicesInCategory } from '@/lib/data/services';
import { getPublicSettings } from '@/lib/data/settings';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageParamSchema, single, slugSchema } from '@/lib/validation/params';
import { publicPageMetadata } from '@/lib/seo/alternates';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const category = slugSchema.safeParse(slug).success ? await getCategory(slug, locale) : null;
  return category ? await publicPageMetadata(locale, `/categories/${slug}`, { title: category.name.text, description: category.description.text }) : {};
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const page = pageParamSchema.safeParse(single((await searchParams).page));
  if (!slugSchema.safeParse(slug).success || !page.success) notFound();
  const [t, settings, category, result] = await Promise.all([
    getTranslations('Category'),
    getPublicSettings(),
    getCategory(slug, locale),
    listPublicServicesInCategory(slug, locale, page.data),
  ]);
  // A page number past the end is a broken link, not an empty list.
  if (!category || !result || (page.data > result.pageCount)) notFound();
  return (
    <div className="space-y-4">
      <p><LocaleLink href="/" className="underline">{t('allCategories')}</LocaleLink></p>
      <h1 className="text-3xl font-bold"><Text value={category.name} /></h1>
      <Text value={category.description} as="p" className="text-lg" />
      {/* The count heads the list: the cards' titles are h3s, and a level may not be skipped. */}
      <h2 className="text-muted">{t('count', { count: result.total })}</h2>
      {result.items.length ? (
        <ul className="space-y-3">
          {result.items.map((service) => (
            <li key={service.slug}><ServiceCard service={service} locale={locale} timeZone={settings.timezone} /></li>
          ))}
        </ul>
      ) : (
        <div className="rounded-lg border border-gray-300 bg-white p-4">
          <p>{t('empty')}</p>
          {settings.liaisonPhone ? (
            <p>{t.rich('emptyHelp', { name: settings.liaisonName, number: settings.liaisonPhone, phone: (c) => <PhoneLink phone={settings.liaisonPhone}>{c}</PhoneLink> })}</p>
          ) : null}
        </div>
      )}
      <Pagination basePath={`/${locale}/categories/${slug}`} params={{}} page={result.page} pageCount={result.pageCount} />
    </div>
  );
}
