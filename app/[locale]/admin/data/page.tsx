import { getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { requireActor } from '@/lib/auth/session';

/** I2: the staff's door to HSDS export and import. */
export default async function DataExchangePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireActor('admin', 'staff');
  const t = await getTranslations('AdminData');
  return (
    <section>
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-6">{t('intro')}</p>
      <h2 className="mb-2 text-xl font-semibold">{t('exportHeading')}</h2>
      <p className="mb-2">{t('exportText')}</p>
      <p className="mb-4">
        {/* A plain link: the browser downloads the zip the route handler builds. */}
        <a href={`/api/admin/hsds-export?locale=${locale}`} className="text-blue-800 underline" download>{t('exportLink')}</a>
      </p>
      <p className="mb-6">
        {t('apiText')} <a href="/api/hsds/" className="text-blue-800 underline" dir="ltr">/api/hsds/</a> ·{' '}
        <a href="/api/hsds/openapi.json" className="text-blue-800 underline" dir="ltr">openapi.json</a>
      </p>
      <h2 className="mb-2 text-xl font-semibold">{t('importHeading')}</h2>
      <p>
        <Link href={`/${locale}/admin/data/import`} className="text-blue-800 underline">{t('importLink')}</Link>
      </p>
    </section>
  );
}
