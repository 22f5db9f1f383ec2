import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { EventJsonLd } from '@/components/events/EventJsonLd';
import { occurrenceDateText } from '@/components/events/event-time';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { Text } from '@/components/ui/Text';
import { getPublicEvent } from '@/lib/data/event-detail';
import { siteOrigin } from '@/lib/http/site-origin';
import { formatDate, formatList, languageNames } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { slugSchema } from '@/lib/validation/params';
import { publicPageMetadata } from '@/lib/seo/alternates';

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load({ params }: Props) {
  const { locale, slug } = await params;
  return slugSchema.safeParse(slug).success ? getPublicEvent(slug, locale) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const event = await load(props);
  const { locale, slug } = await props.params;
  return event ? await publicPageMetadata(locale, `/events/${slug}`, { title: event.title.text, description: event.summary.text }) : {};
}

/** P5: everything about one event, its next dates, "add to calendar" and the organizer's services. */
export default async function EventPage(props: Props) {
  const locale = await pageLocale(props.params);
  const event = await load(props);
  if (!event) notFound();
  const [t, tl] = await Promise.all([getTranslations('EventPage'), getTranslations('EventsList')]);
  const origin = siteOrigin(await headers());
  const labels = { allDay: tl('allDay') };
  const first = { start: event.startsAt, end: event.endsAt, allDay: event.allDay, timezone: event.timezone };
  return (
    <article className="space-y-6">
      <EventJsonLd event={event} url={`${origin}/${locale}/events/${event.slug}`} />
      <header className="space-y-2">
        <p className="text-sm"><LocaleLink href="/events" className="underline">{t('backToEvents')}</LocaleLink></p>
        <h1 className="text-3xl font-bold"><Text value={event.title} /></h1>
        <Text value={event.summary} as="p" className="text-lg" notice />
      </header>

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Section title={t('when')}>
            {event.isPast ? <p className="font-semibold">{t('ended')}</p> : null}
            {event.recurrenceRule ? <p>{t('repeats')}</p> : null}
            {event.upcoming.length ? (
              <ul className="space-y-1">
                {event.upcoming.map((o) => (
                  <li key={o.originalStart.toISOString()}>
                    <span className={o.cancelled ? 'line-through' : undefined}>{occurrenceDateText(locale, { ...o, allDay: event.allDay, timezone: event.timezone }, labels)}</span>
                    {o.cancelled ? <strong className="ms-2 text-alert">{t('cancelledOn')}</strong> : null}
                    {o.moved ? <span className="ms-2 text-sm">{t('movedFrom', { date: formatDate(locale, o.originalStart, event.timezone) })}</span> : null}
                    {o.note ? <span className="ms-2 text-sm" dir="auto">{o.note}</span> : null}
                  </li>
                ))}
              </ul>
            ) : <p>{occurrenceDateText(locale, first, labels)}</p>}
            <p className="text-sm text-muted">{t('timeZoneNote', { zone: event.timezone })}</p>
            <p>
              <a href={`/${locale}/events/${event.slug}/ics`} download={`${event.slug}.ics`} className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-semibold text-white">{t('addToCalendar')}</a>
            </p>
            <p className="text-sm text-muted">{t('addToCalendarHint')}</p>
          </Section>
          <Section title={t('about')}><Text value={event.description} as="p" className="whitespace-pre-line" notice /></Section>
          <Section title={t('cost')}>
            <p className="font-semibold">{event.isFree ? t('free') : t('notFree')}</p>
            {/* Skip a cost note that only repeats "Free". */}
            {event.costDescription.text.trim().replace(/\.$/, '').toLowerCase() !== t('free').toLowerCase() ? <Text value={event.costDescription} as="p" /> : null}
          </Section>
          <Section title={t('registration')}>
            <p>{event.registrationRequired ? t('registrationRequired') : t('justCome')}</p>
            {event.registrationUrl ? <p><a href={event.registrationUrl} rel="noreferrer noopener" className="underline">{t('registerLink')}</a></p> : null}
          </Section>
          {event.languages.length ? <Section title={t('languages')}><p>{formatList(locale, languageNames(locale, event.languages))}</p></Section> : null}
          <Section title={t('access')}>
            <ul className="list-inside list-disc">
              <li>{event.wheelchairAccessible ? t('wheelchair') : t('notWheelchair')}</li>
              <li>{event.noIdNeeded ? t('noIdNeeded') : t('idMayBeAsked')}</li>
            </ul>
            <Text value={event.accessibilityNotes} as="p" />
          </Section>
        </div>
        <aside className="space-y-4">
          <Section title={t('where')}>
            {event.location ? (
              <div className="space-y-1">
                <p className="font-semibold"><Text value={event.location.name} /></p>
                {event.location.address ? (
                  <address className="not-italic" dir="auto" translate="no">
                    {event.location.address.line1}{event.location.address.line2 ? <>, {event.location.address.line2}</> : null}<br />
                    {event.location.address.city}, {event.location.address.region} {event.location.address.postalCode}
                  </address>
                ) : <p className="text-sm">{t('confidentialPlace')}</p>}
                {event.location.phone ? <p><PhoneLink phone={event.location.phone} /></p> : null}
              </div>
            ) : null}
            {event.onlineUrl ? <p><a href={event.onlineUrl} rel="noreferrer noopener" className="underline">{t('joinOnline')}</a></p> : null}
          </Section>
          {event.organization ? (
            <Section title={t('organizer')}>
              <p><LocaleLink href={`/organizations/${event.organization.slug}`} className="underline"><bdi translate="no">{event.organization.name}</bdi></LocaleLink></p>
              {event.services.length ? (
                <>
                  <h3 className="font-semibold">{t('organizerServices')}</h3>
                  <ul className="list-inside list-disc">
                    {event.services.slice(0, 8).map((s) => <li key={s.slug}><LocaleLink href={`/services/${s.slug}`} className="underline"><Text value={s.name} /></LocaleLink></li>)}
                  </ul>
                </>
              ) : null}
            </Section>
          ) : null}
          {event.category ? <p className="text-sm"><LocaleLink href={`/events?category=${event.category.slug}`} className="underline"><Text value={event.category.name} /></LocaleLink></p> : null}
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
