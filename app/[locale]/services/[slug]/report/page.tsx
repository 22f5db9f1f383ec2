import type { Metadata } from 'next';
import { randomUUID } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { IntakeForm } from '@/components/suggestions/IntakeForm';
import { intakeLabels, problemReportFields } from '@/components/suggestions/intake-fields';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { getReportableService } from '@/lib/data/suggestions';
import { pageLocale } from '@/lib/i18n/page-locale';
import { issueFormStamp } from '@/lib/spam/form-stamp';
import { slugSchema } from '@/lib/validation/params';
import { submitProblemReportAction } from './actions';

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load(params: Props['params']) {
  const { locale, slug } = await params;
  return slugSchema.safeParse(slug).success ? getReportableService(slug, locale) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, service] = await Promise.all([getTranslations({ locale, namespace: 'ReportForm' }), load(params)]);
  // same-origin, not no-referrer: a form post without JavaScript must carry our Origin (lib/http/security-headers.ts).
  return service ? { title: t('title', { service: service.name.text }), robots: { index: false }, referrer: 'same-origin' } : {};
}

/** PRODUCT P7: "closed, moved, wrong phone..." about one public listing; staff check it. */
export default async function ReportProblemPage({ params }: Props) {
  const locale = await pageLocale(params);
  const service = await load(params);
  if (!service) notFound();
  const [t, fields, labels] = await Promise.all([getTranslations('ReportForm'), problemReportFields(), intakeLabels()]);
  const ts = await getTranslations('SuggestForm');
  return (
    <article className="space-y-4">
      <p className="text-sm"><LocaleLink href={`/services/${service.slug}`} className="underline">{t('back', { service: service.name.text })}</LocaleLink></p>
      <h1 className="text-3xl font-bold">{t('title', { service: service.name.text })}</h1>
      <p className="max-w-prose text-lg">{t('intro')}</p>
      <p className="max-w-prose">{ts('privacyNote')}</p>
      <IntakeForm action={submitProblemReportAction} fields={fields} labels={labels}
        hidden={{ locale, serviceSlug: service.slug, idempotencyKey: randomUUID() }} stamp={issueFormStamp('report')} />
    </article>
  );
}
