import { getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TranslationExchangePanel } from '@/components/admin/translations/TranslationExchangePanel';
import { TranslationGaps } from '@/components/admin/translations/TranslationGaps';
import { TranslationMatrixTable } from '@/components/admin/translations/TranslationMatrixTable';
import { requireActor } from '@/lib/auth/session';
import { getTranslationMatrix, listTranslationGaps } from '@/lib/data/admin/translation-matrix';
import type { TranslatableKind } from '@/lib/i18n/translatable-fields';
import { single } from '@/lib/validation/params';
import { translationGapsQuerySchema } from '@/lib/validation/admin/translations';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** L3: the matrix of missing and unreviewed translations; with ?kind&locale, one cell's listings. */
export default async function TranslationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const sp = await searchParams;
  const t = await getTranslations('TranslationMatrix');
  if (sp.kind === undefined && sp.locale === undefined) {
    const matrix = await getTranslationMatrix(actor);
    return (
      <div className="space-y-10">
        <TranslationMatrixTable locale={locale} matrix={matrix} />
        <TranslationExchangePanel locale={locale} enabledLocales={matrix.locales} />
      </div>
    );
  }
  const query = translationGapsQuerySchema.safeParse({ kind: single(sp.kind), locale: single(sp.locale), page: single(sp.page) });
  if (!query.success) notFound();
  const gaps = await listTranslationGaps(actor, { kind: query.data.kind as TranslatableKind, locale: query.data.locale, page: query.data.page });
  return (
    <div className="space-y-4">
      <p><Link href={`/${locale}/admin/translations`} className="text-blue-800 underline">{t('back')}</Link></p>
      <TranslationGaps locale={locale} kind={query.data.kind as TranslatableKind} targetLocale={query.data.locale} page={query.data.page} gaps={gaps} />
    </div>
  );
}
