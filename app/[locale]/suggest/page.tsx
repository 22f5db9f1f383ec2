import type { Metadata } from 'next';
import { randomUUID } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { IntakeForm } from '@/components/suggestions/IntakeForm';
import { intakeLabels, serviceSuggestionFields } from '@/components/suggestions/intake-fields';
import { listCategories } from '@/lib/data/categories';
import { pageLocale } from '@/lib/i18n/page-locale';
import { publicPageMetadata } from '@/lib/seo/alternates';
import { issueFormStamp } from '@/lib/spam/form-stamp';
import { submitServiceSuggestionAction } from './actions';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'SuggestForm' });
  // same-origin, not no-referrer: a form post without JavaScript must carry our Origin (lib/http/security-headers.ts).
  return { ...(await publicPageMetadata(locale, '/suggest', { title: t('title') })), referrer: 'same-origin' };
}

/** PRODUCT P7: anyone suggests a service the directory is missing; staff review it. */
export default async function SuggestPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const [t, categories, labels] = await Promise.all([getTranslations('SuggestForm'), listCategories(locale), intakeLabels()]);
  const fields = await serviceSuggestionFields(categories.map((c) => ({ slug: c.slug, name: c.name.text })));
  return (
    <article className="space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="max-w-prose text-lg">{t('intro')}</p>
      <p className="max-w-prose">{t('privacyNote')}</p>
      <IntakeForm action={submitServiceSuggestionAction} fields={fields} labels={labels}
        hidden={{ locale, idempotencyKey: randomUUID() }} stamp={issueFormStamp('suggest')} />
    </article>
  );
}
