import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CompactHours } from '@/components/services/CompactHours';
import { MyListSync } from '@/components/my-list/MyListSync';
import { SaveButton } from '@/components/my-list/SaveButton';
import { saveButtonLabels } from '@/components/my-list/labels';
import { PrintButton } from '@/components/share/PrintButton';
import { WithoutScript } from '@/components/share/WithoutScript';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { Text } from '@/components/ui/Text';
import { listPublicServicesForHandout, type HandoutService } from '@/lib/data/handout';
import { getPublicSettings } from '@/lib/data/settings';
import { formatDate } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { parseListParam } from '@/lib/my-list/saved-list';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'MyList' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/**
 * P9: the visitor's saved services as a one-page handout. The list lives in the browser;
 * its script asks for this page with `?s=slug,slug` and the server renders it without
 * storing anything. Garbage in `s` is ignored, never an error.
 */
export default async function MyListPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const slugs = parseListParam((await searchParams).s);
  const [t, settings, items, saveLabels] = await Promise.all([
    getTranslations('MyList'), getPublicSettings(), listPublicServicesForHandout(slugs, locale), saveButtonLabels(),
  ]);
  const missing = slugs.length - items.length;
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="no-print">{t('intro')}</p>
        <p className="hidden text-sm print:block">{t('printedOn', { date: formatDate(locale, new Date(), settings.timezone) })}</p>
      </header>
      <WithoutScript>
        <div className="no-print space-y-2 rounded-lg border border-gray-300 bg-white p-4">
          <p>{t('noScript')}</p>
          <p>{t('noScriptPrint')}</p>
        </div>
      </WithoutScript>
      <MyListSync shown={items.length} emptyText={t('empty')} />
      {missing > 0 ? <p role="status" className="no-print rounded bg-amber-100 p-3 text-amber-950">{t('someMissing', { count: missing })}</p> : null}
      {items.length ? (
        <>
          <p className="no-print"><PrintButton label={t('print')} /></p>
          <ol className="space-y-4 print:space-y-2">
            {items.map((item) => <HandoutItem key={item.slug} item={item} locale={locale} saveLabels={saveLabels} />)}
          </ol>
        </>
      ) : null}
      <p className="no-print"><LocaleLink href="/" className="underline">{t('findMore')}</LocaleLink></p>
    </article>
  );
}

async function HandoutItem({ item, locale, saveLabels }: { item: HandoutService; locale: string; saveLabels: Awaited<ReturnType<typeof saveButtonLabels>> }) {
  const t = await getTranslations('MyList');
  const documents = item.documentsToBring.text.split('\n').map((l) => l.replace(/^\s*(?:[-•*]|\d+[.)])\s*/, '').trim()).filter(Boolean);
  return (
    <li className="break-inside-avoid space-y-1 rounded-lg border border-gray-300 bg-white p-4 print:rounded-none print:border-0 print:border-b print:p-0 print:pb-2">
      <h2 className="text-xl font-bold print:text-base">
        <LocaleLink href={`/services/${item.slug}`} className="underline print:no-underline"><Text value={item.name} /></LocaleLink>
      </h2>
      <p className="text-sm"><bdi>{item.organizationName}</bdi>{item.phone ? <> · <PhoneLink phone={item.phone} /></> : null}</p>
      {item.places.length ? (
        <ul className="text-sm">
          {item.places.map((place, i) => (
            <li key={i}>
              {place.location.address ? (
                <span dir="auto">{[place.location.address.line1, place.location.address.line2, `${place.location.address.city}, ${place.location.address.region} ${place.location.address.postalCode}`].filter(Boolean).join(', ')}</span>
              ) : (
                <span>{t('confidentialPlace', { neighborhood: place.location.neighborhood })}</span>
              )}
              {place.location.phone && place.location.phone !== item.phone ? <> · <PhoneLink phone={place.location.phone} /></> : null}
              {place.hours.weekly.length ? <span className="block"><CompactHours hours={place.hours} locale={locale} /></span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {item.generalHours.weekly.length ? <p className="text-sm"><CompactHours hours={item.generalHours} locale={locale} /></p> : null}
      {documents.length ? (
        <p className="text-sm" lang={item.documentsToBring.status === 'fallback' ? item.documentsToBring.lang : undefined}>
          <span className="font-semibold">{t('bring')} </span>{documents.join(' · ')}
        </p>
      ) : null}
      <SaveButton slug={item.slug} name={item.name.text} labels={saveLabels} reloadList />
    </li>
  );
}
