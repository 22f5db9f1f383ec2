import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Icon } from '@/components/icons/Icon';
import { CompactHours } from '@/components/services/CompactHours';
import { HoursTable } from '@/components/services/HoursTable';
import { OpenStatusLine } from '@/components/services/OpenStatusLine';
import { PlaceDetails } from '@/components/services/PlaceDetails';
import { TrustBlock } from '@/components/services/TrustBlock';
import { SaveButton } from '@/components/my-list/SaveButton';
import { ShareLinks } from '@/components/share/ShareLinks';
import { saveButtonLabels } from '@/components/my-list/labels';
import { publicUrl } from '@/lib/http/public-url';
import { LineList } from '@/components/ui/LineList';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { Text } from '@/components/ui/Text';
import { getPublicService } from '@/lib/data/services';
import { formatDate, formatList, languageNames } from '@/lib/i18n/format';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { slugSchema } from '@/lib/validation/params';
import { pageLocale } from '@/lib/i18n/page-locale';
import { publicPageMetadata } from '@/lib/seo/alternates';
import { ServiceJsonLd } from '@/components/services/ServiceJsonLd';
import { siteOrigin } from '@/lib/http/site-origin';

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load({ params }: Props) {
  const { locale, slug } = await params;
  if (!slugSchema.safeParse(slug).success) return null;
  return getPublicService(slug, locale);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const service = await load(props);
  const { locale, slug } = await props.params;
  return service ? await publicPageMetadata(locale, `/services/${slug}`, { title: service.name.text, description: service.summary.text }) : {};
}

export default async function ServicePage(props: Props) {
  const locale = await pageLocale(props.params);
  const service = await load(props);
  if (!service) notFound();
  const [t, th, tt, saveLabels, url] = await Promise.all([
    getTranslations('Service'), getTranslations('Hours'), getTranslations('Trust'), saveButtonLabels(), publicUrl(`/${locale}/services/${service.slug}`),
  ]);
  const tz = service.timezone;
  const ways = [
    service.access.acceptsWalkIns && t('walkIn'),
    service.access.appointmentNeeded && t('appointment'),
    service.access.offeredOnline && t('online'),
    service.access.offeredByPhone && t('byPhone'),
  ].filter(Boolean) as string[];
  return (
    <article className="space-y-6 print-tight">
      <ServiceJsonLd service={service} url={`${siteOrigin()}/${locale}/services/${service.slug}`} organizationUrl={`${siteOrigin()}/${locale}/organizations/${service.organization.slug}`} />
      <header className="space-y-2">
        {service.categories[0] ? (
          <p className="no-print text-sm"><LocaleLink href={`/categories/${service.categories[0].slug}`} className="underline">{t('backToCategory', { category: service.categories[0].name.text })}</LocaleLink></p>
        ) : null}
        <h1 className="text-3xl font-bold"><Text value={service.name} /></h1>
        <p>
          {t.rich('provider', {
            organization: service.organization.name,
            org: (c) => <LocaleLink href={`/organizations/${service.organization.slug}`} className="underline"><bdi translate="no">{c}</bdi></LocaleLink>,
          })}
        </p>
        <Text value={service.summary} as="p" className="text-lg" notice original />
        <SaveButton slug={service.slug} name={service.name.text} labels={saveLabels} />
      </header>

      {service.alert ? (
        <div role="alert" className="rounded border-s-4 border-alert bg-red-50 p-4">
          <p className="flex items-center gap-2 font-bold text-alert"><Icon name="warning" className="size-5" /> {t('alert')}</p>
          <Text value={service.alert} as="p" />
        </div>
      ) : null}

      <div className="print-columns grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6 print-tight">
          <Section title={t('about')}><Text value={service.description} as="p" notice original /></Section>
          {service.eligibility.text ? <Section title={t('whoFor')}><Text value={service.eligibility} as="p" notice original /></Section> : null}
          {service.howToApply.text ? <Section title={t('howToGet')}><LineList value={service.howToApply} ordered /></Section> : null}
          {service.documentsToBring.text ? (
            <Section title={t('whatToBring')}>
              <LineList value={service.documentsToBring} checklist />
              {/* T4: the list is part of the listing, confirmed when the listing was last verified. */}
              {service.verifiedAt ? <p className="text-sm text-muted">{tt('confirmedOn', { date: formatDate(locale, service.verifiedAt, tz) })}</p> : null}
            </Section>
          ) : null}
          <Section title={t('cost')}>
            {service.access.isFree ? <p className="font-semibold">{t('free')}</p> : null}
            {/* Skip a fee note that only repeats "Free". */}
            {service.feesDescription.text.trim().toLowerCase() !== t('free').toLowerCase() ? <Text value={service.feesDescription} as="p" /> : null}
          </Section>
          {ways.length ? (
            <Section title={t('waysToGet')}>
              <ul className="list-inside list-disc">{ways.map((w) => <li key={w}>{w}</li>)}</ul>
            </Section>
          ) : null}
          <Section title={t('languagesHeading')}>
            <p>{formatList(locale, languageNames(locale, service.languages))}</p>
            <p className="text-sm">{service.access.interpreterAvailable ? t('interpreter') : t('noInterpreter')}</p>
          </Section>
          <TrustBlock trust={service.trust} locale={locale} timeZone={tz} />
        </div>

        <aside className="space-y-4 print-tight">
          <Section title={t('contact')}>
            <ul className="space-y-1">
              {service.contact.phone ? <li><PhoneLink phone={service.contact.phone}>{t('call', { phone: service.contact.phone })}</PhoneLink></li> : null}
              {service.contact.website ? <li><a href={service.contact.website} rel="noreferrer noopener" className="underline">{t('website')}</a></li> : null}
              {service.contact.email ? <li><a href={`mailto:${service.contact.email}`} className="underline">{t('email')}: <bdi>{service.contact.email}</bdi></a></li> : null}
            </ul>
          </Section>
          {service.generalHours ? (
            <Section title={th('heading')}>
              <p className="no-print"><OpenStatusLine status={service.generalHours.status} locale={locale} timeZone={tz} /></p>
              <div className="print:hidden"><HoursTable hours={service.generalHours} locale={locale} timeZone={tz} /></div>
              <p className="hidden text-sm print:block"><CompactHours hours={service.generalHours} locale={locale} /></p>
            </Section>
          ) : null}
          {service.places.length ? (
            <Section title={t('locations')}>
              <div className="space-y-3">
                {service.places.map((place, i) => <PlaceDetails key={i} place={place} locale={locale} timeZone={tz} />)}
              </div>
            </Section>
          ) : null}
          <p className="text-sm text-muted">
            {service.verifiedAt ? t('lastVerified', { date: formatDate(locale, service.verifiedAt, tz) }) : t('neverVerified')}
          </p>
          <ShareLinks url={url} title={service.name.text} />
          <p className="no-print"><LocaleLink href={`/services/${service.slug}/report`} className="font-semibold underline">{t('reportProblem')}</LocaleLink></p>
        </aside>
      </div>
    </article>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-2">
      <h2 className="text-xl font-bold">{title}</h2>
      {children}
    </section>
  );
}
