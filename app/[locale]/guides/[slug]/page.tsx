import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { GuideBody } from '@/components/guides/GuideBody';
import { Text } from '@/components/ui/Text';
import { TranslationNotice } from '@/components/ui/TranslationNotice';
import { getPublicGuide } from '@/lib/data/guides';
import { getPublicSettings } from '@/lib/data/settings';
import { formatDate } from '@/lib/i18n/format';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { slugSchema } from '@/lib/validation/params';
import { pageLocale } from '@/lib/i18n/page-locale';
import { publicPageMetadata } from '@/lib/seo/alternates';

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load({ params }: Props) {
  const { locale, slug } = await params;
  return slugSchema.safeParse(slug).success ? getPublicGuide(slug, locale) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const guide = await load(props);
  const { locale, slug } = await props.params;
  return guide ? await publicPageMetadata(locale, `/guides/${slug}`, { title: guide.title.text, description: guide.summary.text }) : {};
}

export default async function GuidePage(props: Props) {
  const locale = await pageLocale(props.params);
  const guide = await load(props);
  if (!guide) notFound();
  const [t, settings] = await Promise.all([getTranslations('Guides'), getPublicSettings()]);
  return (
    <article className="space-y-4">
      <p><LocaleLink href="/guides" className="underline">{t('title')}</LocaleLink></p>
      <h1 className="text-3xl font-bold"><Text value={guide.title} /></h1>
      <Text value={guide.summary} as="p" className="text-xl" />
      <TranslationNotice value={guide.body} withOriginal />
      <GuideBody value={guide.body} />
      {guide.category ? (
        <p><LocaleLink href={`/categories/${guide.category.slug}`} className="font-semibold underline">{t('related', { category: guide.category.name.text })}</LocaleLink></p>
      ) : null}
      {guide.verifiedAt ? <p className="text-sm text-muted">{t('lastReviewed', { date: formatDate(locale, guide.verifiedAt, settings.timezone) })}</p> : null}
    </article>
  );
}
