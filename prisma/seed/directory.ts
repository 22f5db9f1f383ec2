// Seeds the demo directory of the fictional city of Riverton, CT (PRODUCT §9): organizations,
// locations, services (built from translated templates), hours and events, all placed
// relative to `now`. Pure data lives in ./data; this file only turns it into rows.
//
// Deterministic: ids are derived from slugs, nothing is random, so tests can rely on
// DEMO_SLUGS. Every translation is AI-made and unreviewed, hence status `machine`; a field
// a template leaves out in some locale gets no row at all (= missing, English shown).
import { createHash } from 'node:crypto';
import type { Prisma } from '../../lib/generated/prisma/client';
import type { DataSharingPolicy, LegalAuthorization, StatusQuestionPolicy } from '../../lib/generated/prisma/enums';
import { EVENT_TEXTS } from './data/event-texts';
import { CANCELLED_OCCURRENCE, EVENTS } from './data/events';
import { HOLIDAY_CLOSURES, HOURS_PATTERNS, SPECIAL_HOURS } from './data/hours';
import { ORGANIZATIONS } from './data/organizations';
import { ACCESS_NOTES, ALERT_RENOVATION, DOCUMENTS, FEES, TRANSIT } from './data/phrases';
import { CITY, NEIGHBORHOODS } from './data/places';
import { SERVICE_TEMPLATES } from './data/service-templates';
import {
  TARGET_LOCALES,
  type CategorySlug,
  type ContactData,
  type Full,
  type LegalAuthorizationSpec,
  type OrganizationData,
  type SafetyPreset,
  type ServiceInstance,
  type ServiceTemplate,
  type SeedLocale,
  type ServiceText,
  type TargetLocale,
} from './data/types';
import {
  addDays,
  calendarDate,
  federalHolidays,
  localDateKey,
  localInstant,
  nextFederalHoliday,
  nthWeekdayOfNextMonth,
  onOrAfterWeekday,
  rruleUntil,
  weekdayOf,
} from './local-time';

export type SeedDirectoryOptions = {
  categoryIdBySlug: Map<string, string>;
  now: Date;
  timezone: string;
};

/** Stable slugs for tests. */
export const DEMO_SLUGS = {
  legalService: 'free-immigration-legal-consultation-riverton-immigrant-legal-center',
  eslService: 'evening-esl-beginner-riverton-adult-education',
  /** At the confidential Safe Harbor shelter: only neighborhood and phone may be shown. */
  confidentialService: 'safe-shelter-for-domestic-violence-survivors-safe-harbor-riverton',
  /** Verified 455 days before `now`: hidden from the public. */
  hiddenStaleService: 'immigration-court-and-detention-help-riverton-immigrant-legal-center',
  /** Verified 212 days before `now`: flagged to staff, still public. */
  staleService: 'free-immigration-legal-consultation-connecticut-valley-legal-aid',
  /** Description, eligibility and steps missing in ht (and no row for them). */
  untranslatedService: 'youth-sports-and-activities-riverside-neighborhood-house',
  /** legalAuthorization = none: the fraud warning matters here. */
  unauthorizedLegalService: 'immigration-form-typing-esperanza-multiservicios',
  /** Has an alert banner until a date in the future. */
  alertService: 'english-conversation-circle-riverton-public-library',
  organization: 'riverton-immigrant-legal-center',
  event: 'riverton-welcome-week',
  recurringEvent: 'evening-english-new-term-elm-heights',
} as const;

export type DirectorySeedCounts = Record<string, number>;

const DAY_MS = 86_400_000;
const STATUS = 'machine' as const;
const LEGAL_CATEGORIES: CategorySlug[] = ['legal-immigration', 'citizenship-civic'];

const SAFETY: Record<SafetyPreset, { asks: StatusQuestionPolicy; shares: DataSharingPolicy; servesAll: boolean }> = {
  welcoming: { asks: 'never', shares: 'no', servesAll: true },
  programRules: { asks: 'only_if_program_requires', shares: 'only_if_legally_required', servesAll: true },
  government: { asks: 'only_if_program_requires', shares: 'only_if_legally_required', servesAll: false },
  workAuthorization: { asks: 'yes', shares: 'only_if_legally_required', servesAll: false },
  unknown: { asks: 'unknown', shares: 'unknown', servesAll: false },
};

/** UUID (v5 layout) derived from a key, so re-seeding gives the same ids. */
function stableId(key: string): string {
  const h = createHash('sha1').update(`welcome-desk-demo:${key}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function sourceHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** 2–81 days: a recent verification date that differs from service to service. */
function defaultVerifiedDaysAgo(slug: string): number {
  return (parseInt(sourceHash(slug).slice(0, 8), 16) % 80) + 2;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

const HT_MONTHS = ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'];

/**
 * "December 15" in the reader's language, on the Gregorian calendar (ICU would use the solar
 * calendar for fa-AF). Haitian Creole is written by hand: ICU has no data for it.
 */
function formatDayMonth(instant: Date, locale: string, timeZone: string): string {
  if (locale === 'ht') {
    const [, month, day] = localDateKey(instant, timeZone).split('-').map(Number) as [number, number, number];
    return `${day} ${HT_MONTHS[month - 1]}`;
  }
  const format = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone, calendar: 'gregory' });
  if (locale !== 'fa-AF') return format.format(instant);
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.day} ${parts.month}`;
}

type TranslationRow = { locale: string; field: string; value: string; status: typeof STATUS; sourceHash: string };

/** One machine-translation row per locale that has a value; none where it is missing. */
function translationRows(field: string, source: string, byLocale: Partial<Record<TargetLocale, string>>): TranslationRow[] {
  if (!source) return [];
  const hash = sourceHash(source);
  return TARGET_LOCALES.flatMap((locale) => {
    const value = byLocale[locale];
    return value ? [{ locale, field, value, status: STATUS, sourceHash: hash }] : [];
  });
}

function fromFull(full: Full): Partial<Record<TargetLocale, string>> {
  const { en: _source, ...rest } = full;
  return rest;
}

function byLocale(textIn: (locale: TargetLocale) => string | undefined): Partial<Record<TargetLocale, string>> {
  return Object.fromEntries(TARGET_LOCALES.map((locale) => [locale, textIn(locale)]));
}

function lines(keys: string[], dictionary: Record<string, Full>, locale: SeedLocale): string {
  return keys.map((key) => dictionary[key]![locale]).join('\n');
}

export type DirectoryRows = {
  organizations: Prisma.OrganizationCreateManyInput[];
  organizationTranslations: Prisma.OrganizationTranslationCreateManyInput[];
  locations: Prisma.LocationCreateManyInput[];
  locationTranslations: Prisma.LocationTranslationCreateManyInput[];
  services: Prisma.ServiceCreateManyInput[];
  serviceTranslations: Prisma.ServiceTranslationCreateManyInput[];
  serviceCategories: Prisma.ServiceCategoryCreateManyInput[];
  serviceAtLocations: Prisma.ServiceAtLocationCreateManyInput[];
  weeklyHours: Prisma.WeeklyHoursCreateManyInput[];
  hoursExceptions: Prisma.HoursExceptionCreateManyInput[];
  contacts: Prisma.ContactCreateManyInput[];
  events: Prisma.EventCreateManyInput[];
  eventTranslations: Prisma.EventTranslationCreateManyInput[];
  eventOccurrenceOverrides: Prisma.EventOccurrenceOverrideCreateManyInput[];
};

export async function seedDirectory(tx: Prisma.TransactionClient, opts: SeedDirectoryOptions): Promise<DirectorySeedCounts> {
  const rows = buildDirectoryRows(opts);
  // Parents first; one createMany per table keeps this to a few round trips.
  await tx.organization.createMany({ data: rows.organizations });
  await tx.organizationTranslation.createMany({ data: rows.organizationTranslations });
  await tx.location.createMany({ data: rows.locations });
  await tx.locationTranslation.createMany({ data: rows.locationTranslations });
  await tx.service.createMany({ data: rows.services });
  await tx.serviceTranslation.createMany({ data: rows.serviceTranslations });
  await tx.serviceCategory.createMany({ data: rows.serviceCategories });
  await tx.serviceAtLocation.createMany({ data: rows.serviceAtLocations });
  await tx.weeklyHours.createMany({ data: rows.weeklyHours });
  await tx.hoursException.createMany({ data: rows.hoursExceptions });
  await tx.contact.createMany({ data: rows.contacts });
  await tx.event.createMany({ data: rows.events });
  await tx.eventTranslation.createMany({ data: rows.eventTranslations });
  await tx.eventOccurrenceOverride.createMany({ data: rows.eventOccurrenceOverrides });
  return Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length]));
}

/** What the row builders share: the clock, and lookups that fail loudly on bad data. */
type Context = {
  now: Date;
  today: string;
  timezone: string;
  daysAgo: (days: number) => Date;
  categoryId: (slug: string) => string;
  org: (slug: string) => OrganizationData;
  locationId: (orgSlug: string, index: number) => string;
};

export function buildDirectoryRows(opts: SeedDirectoryOptions): DirectoryRows {
  const orgBySlug = new Map<string, OrganizationData>(ORGANIZATIONS.map((org) => [org.slug, org]));
  if (orgBySlug.size !== ORGANIZATIONS.length) throw new Error('seedDirectory: duplicate organization slug');
  const ctx: Context = {
    now: opts.now,
    today: localDateKey(opts.now, opts.timezone),
    timezone: opts.timezone,
    daysAgo: (days) => new Date(opts.now.getTime() - days * DAY_MS),
    categoryId: (slug) => {
      const id = opts.categoryIdBySlug.get(slug);
      if (!id) throw new Error(`seedDirectory: category "${slug}" is missing from categoryIdBySlug`);
      return id;
    },
    org: (slug) => {
      const org = orgBySlug.get(slug);
      if (!org) throw new Error(`seedDirectory: unknown organization "${slug}"`);
      return org;
    },
    locationId: (orgSlug, index) => {
      if (!ctx.org(orgSlug).locations[index]) throw new Error(`seedDirectory: ${orgSlug} has no location #${index}`);
      return stableId(`location:${orgSlug}:${index}`);
    },
  };

  const rows: DirectoryRows = {
    organizations: [],
    organizationTranslations: [],
    locations: [],
    locationTranslations: [],
    services: [],
    serviceTranslations: [],
    serviceCategories: [],
    serviceAtLocations: [],
    weeklyHours: [],
    hoursExceptions: [],
    contacts: [],
    events: [],
    eventTranslations: [],
    eventOccurrenceOverrides: [],
  };
  for (const org of ORGANIZATIONS) addOrganization(ctx, rows, org);
  const firstSalBySlug = new Map<string, string | null>();
  for (const template of SERVICE_TEMPLATES) {
    for (const instance of template.instances) addService(ctx, rows, template, instance, firstSalBySlug);
  }
  addHoursExceptions(ctx, rows, firstSalBySlug);
  for (const event of EVENTS) addEvent(ctx, rows, event);

  const known = new Set([...firstSalBySlug.keys(), ...orgBySlug.keys(), ...EVENTS.map((event) => event.slug)]);
  const unknownDemoSlugs = Object.values(DEMO_SLUGS).filter((slug) => !known.has(slug));
  if (unknownDemoSlugs.length > 0) throw new Error(`seedDirectory: DEMO_SLUGS not in the data: ${unknownDemoSlugs.join(', ')}`);
  return rows;
}

function contactRow(contact: ContactData, owner: { organizationId: string } | { serviceId: string }) {
  return {
    ...owner,
    name: contact.name,
    title: contact.title,
    email: contact.email ?? null,
    phone: contact.phone ?? null,
    phoneExtension: contact.phoneExtension ?? null,
    languages: contact.languages,
    isPublic: contact.isPublic ?? true,
  };
}

function addOrganization(ctx: Context, rows: DirectoryRows, org: OrganizationData) {
  const id = stableId(`organization:${org.slug}`);
  rows.organizations.push({
    id,
    slug: org.slug,
    name: org.name,
    alternateName: org.alternateName ?? null,
    description: org.description.en,
    website: org.website,
    email: org.email,
    phone: org.phone,
    legalStatus: org.legalStatus,
    yearFounded: org.yearFounded,
    status: 'published',
    verifiedAt: ctx.daysAgo(org.verifiedDaysAgo),
    createdAt: ctx.daysAgo(400),
  });
  for (const row of translationRows('description', org.description.en, fromFull(org.description))) {
    rows.organizationTranslations.push({ organizationId: id, ...row });
  }
  org.locations.forEach((loc, index) => {
    const locId = ctx.locationId(org.slug, index);
    const place = NEIGHBORHOODS[loc.neighborhood];
    // A confidential place has no transit directions: they would point at it.
    const transitIn = (locale: SeedLocale) =>
      loc.transit ? fill(TRANSIT[locale], { route: loc.transit[0], stop: loc.transit[1], walk: loc.transit[2] }) : '';
    rows.locations.push({
      id: locId,
      organizationId: id,
      name: loc.name,
      address1: loc.address1,
      address2: loc.address2 ?? null,
      city: CITY.name,
      region: CITY.region,
      postalCode: place.postalCode,
      country: CITY.country,
      neighborhood: place.name,
      latitude: Number((place.lat + loc.offset[0] / 1000).toFixed(6)),
      longitude: Number((place.lng + loc.offset[1] / 1000).toFixed(6)),
      isConfidential: loc.confidential ?? false,
      phone: loc.phone ?? org.phone,
      transitDirections: transitIn('en'),
      wheelchairAccessible: loc.wheelchairAccessible,
      accessibilityNotes: ACCESS_NOTES[loc.access].en,
    });
    for (const row of [
      ...translationRows('transitDirections', transitIn('en'), byLocale(transitIn)),
      ...translationRows('accessibilityNotes', ACCESS_NOTES[loc.access].en, fromFull(ACCESS_NOTES[loc.access])),
    ]) {
      rows.locationTranslations.push({ locationId: locId, ...row });
    }
  });
  for (const contact of org.contacts ?? []) rows.contacts.push(contactRow(contact, { organizationId: id }));
}

function addService(
  ctx: Context,
  rows: DirectoryRows,
  template: ServiceTemplate,
  instance: ServiceInstance,
  firstSalBySlug: Map<string, string | null>,
) {
  const org = ctx.org(instance.org);
  const slug = `${template.slug}-${org.slug}`;
  if (firstSalBySlug.has(slug)) throw new Error(`seedDirectory: duplicate service slug "${slug}"`);
  const id = stableId(`service:${slug}`);
  const categorySlugs = [template.primary, ...(template.secondary ? [template.secondary] : [])];
  const legal = categorySlugs.some((c) => LEGAL_CATEGORIES.includes(c)) ? legalSpecOrThrow(slug, instance, org) : undefined;
  const traits = { ...template.traits, ...instance.traits };
  const safety = SAFETY[traits.safety];
  const days = instance.verifiedDaysAgo ?? defaultVerifiedDaysAgo(slug);
  const verifiedAt = ctx.daysAgo(days);
  const fee = instance.fee ?? template.fee;
  const at = instance.at ?? (org.locations.length > 0 ? [0] : []);
  const firstLocation = at[0] === undefined ? undefined : org.locations[at[0]];
  const en = template.text.en;
  const textIn = (field: keyof ServiceText) => (locale: TargetLocale) => {
    const value = template.text[locale]?.[field];
    return Array.isArray(value) ? value.join('\n') : value;
  };
  const source = {
    name: en.name,
    summary: en.summary,
    description: en.description,
    eligibility: en.eligibility,
    howToApply: en.howToApply.join('\n'),
    documentsToBring: lines(template.documents, DOCUMENTS, 'en'),
    feesDescription: FEES[fee].en,
  };
  // [field, source text, the text in a locale (undefined = not translated)]
  const texts: Array<[string, string, (locale: TargetLocale) => string | undefined]> = [
    ['name', source.name, textIn('name')],
    ['summary', source.summary, textIn('summary')],
    ['description', source.description, textIn('description')],
    ['eligibility', source.eligibility, textIn('eligibility')],
    ['howToApply', source.howToApply, textIn('howToApply')],
    ['documentsToBring', source.documentsToBring, (l) => lines(template.documents, DOCUMENTS, l)],
    ['feesDescription', source.feesDescription, (l) => FEES[fee][l]],
  ];
  const alertUntil = instance.alert ? localInstant(addDays(ctx.today, 24), 0, ctx.timezone) : null;
  const alertIn = (l: SeedLocale) => (alertUntil ? fill(ALERT_RENOVATION[l], { date: formatDayMonth(alertUntil, l, ctx.timezone) }) : '');
  if (alertUntil) texts.push(['alertMessage', alertIn('en'), alertIn]);

  rows.services.push({
    id,
    slug,
    organizationId: stableId(`organization:${org.slug}`),
    status: 'published',
    ...source,
    alertMessage: alertUntil ? alertIn('en') : null,
    alertUntil,
    website: `${org.website}/services/${template.slug}`,
    email: org.email,
    phone: firstLocation?.phone ?? org.phone,
    isFree: traits.isFree,
    acceptsWalkIns: traits.acceptsWalkIns,
    appointmentNeeded: traits.appointmentNeeded,
    interpreterAvailable: traits.interpreterAvailable,
    offeredOnline: traits.offeredOnline,
    offeredByPhone: traits.offeredByPhone,
    languages: instance.languages ?? org.languages,
    asksImmigrationStatus: safety.asks,
    sharesDataWithGovernment: safety.shares,
    servesRegardlessOfStatus: safety.servesAll,
    statusSafetyConfirmedAt: traits.safety === 'unknown' ? null : verifiedAt,
    legalAuthorization: (legal?.kind ?? 'not_applicable') satisfies LegalAuthorization,
    legalAuthorizationReference: legal?.reference ?? null,
    legalAuthorizationCheckedAt: legal ? ctx.daysAgo(days + 3) : null,
    idsAccepted: traits.ids,
    idsConfirmedAt: verifiedAt,
    verifiedAt,
    createdAt: ctx.daysAgo(days + 60),
    publishedAt: ctx.daysAgo(days + 60),
  });
  for (const [field, value, inLocale] of texts) {
    for (const row of translationRows(field, value, byLocale(inLocale))) rows.serviceTranslations.push({ serviceId: id, ...row });
  }
  categorySlugs.forEach((categorySlug, index) =>
    rows.serviceCategories.push({ serviceId: id, categoryId: ctx.categoryId(categorySlug), isPrimary: index === 0 }),
  );

  // Hours belong to each place the service is offered at, or to the service itself
  // (a phone line) when it has none.
  const salIds = at.map((index) => {
    const salId = stableId(`service-at-location:${slug}:${index}`);
    rows.serviceAtLocations.push({ id: salId, serviceId: id, locationId: ctx.locationId(org.slug, index) });
    return salId;
  });
  firstSalBySlug.set(slug, salIds[0] ?? null);
  for (const salId of salIds.length > 0 ? salIds : [null]) {
    for (const span of HOURS_PATTERNS[instance.hours ?? template.hours]) {
      for (const weekday of span.days) {
        rows.weeklyHours.push({ serviceId: id, serviceAtLocationId: salId, weekday, opensAt: span.opens, closesAt: span.closes });
      }
    }
  }
  for (const contact of instance.contacts ?? []) rows.contacts.push(contactRow(contact, { serviceId: id }));
}

/** A closure on the next public holiday, and one ordinary day with late hours. */
function addHoursExceptions(ctx: Context, rows: DirectoryRows, firstSalBySlug: Map<string, string | null>) {
  const holiday = nextFederalHoliday(ctx.today);
  const exception = (slug: string) => {
    if (!firstSalBySlug.has(slug)) throw new Error(`seedDirectory: no service with slug "${slug}"`);
    return { serviceId: stableId(`service:${slug}`), serviceAtLocationId: firstSalBySlug.get(slug) ?? null };
  };
  for (const slug of HOLIDAY_CLOSURES) {
    rows.hoursExceptions.push({ ...exception(slug), date: calendarDate(holiday.dateKey), closed: true, note: `Closed for ${holiday.name}` });
  }
  rows.hoursExceptions.push({
    ...exception(SPECIAL_HOURS.service),
    date: calendarDate(specialHoursDay(addDays(ctx.today, SPECIAL_HOURS.daysFromNow), holiday.dateKey)),
    closed: false,
    opensAt: SPECIAL_HOURS.opens,
    closesAt: SPECIAL_HOURS.closes,
    note: SPECIAL_HOURS.note,
  });
}

function addEvent(ctx: Context, rows: DirectoryRows, event: (typeof EVENTS)[number]) {
  const id = stableId(`event:${event.slug}`);
  const text = EVENT_TEXTS[event.text];
  const { when, at: place } = event;
  const firstDate = when.nthOfNextMonth
    ? nthWeekdayOfNextMonth(ctx.today, when.nthOfNextMonth, when.weekday ?? 6)
    : when.weekday
      ? onOrAfterWeekday(addDays(ctx.today, when.daysFromNow), when.weekday)
      : addDays(ctx.today, when.daysFromNow);
  const allDay = when.days !== undefined;
  // All-day events run from local midnight of the first day to local midnight after the
  // last day (exclusive end, as RFC 5545 dates; decision 007); others are wall-clock times.
  const startsAt = localInstant(firstDate, allDay ? 0 : (when.start ?? '00:00'), ctx.timezone);
  const endsAt = allDay
    ? localInstant(addDays(firstDate, when.days ?? 1), 0, ctx.timezone)
    : localInstant(firstDate, when.end ?? '23:59', ctx.timezone);
  const recurrenceRule = event.recurrence?.replace(/\{until:(\d+)\}/, (_, n: string) =>
    rruleUntil(addDays(firstDate, Number(n)), ctx.timezone),
  );
  const cost = event.cost ?? 'free';
  rows.events.push({
    id,
    slug: event.slug,
    organizationId: stableId(`organization:${ctx.org(event.org).slug}`),
    categoryId: ctx.categoryId(event.category),
    locationId:
      typeof place === 'number' ? ctx.locationId(event.org, place) : 'org' in place ? ctx.locationId(place.org, place.index) : null,
    onlineUrl: typeof place === 'object' && 'online' in place ? place.online : null,
    status: 'published',
    title: text.en.title,
    summary: text.en.summary,
    description: text.en.description,
    costDescription: FEES[cost].en,
    timezone: ctx.timezone,
    startsAt,
    endsAt,
    allDay,
    recurrenceRule: recurrenceRule ?? null,
    languages: event.languages,
    isFree: cost === 'free',
    registrationUrl: event.registrationUrl ?? null,
    registrationRequired: event.registrationRequired ?? false,
    wheelchairAccessible: event.wheelchairAccessible,
    noIdNeeded: event.noIdNeeded,
    featured: event.featured ?? false,
    createdAt: new Date(Math.min(ctx.now.getTime(), startsAt.getTime()) - 30 * DAY_MS),
  });
  for (const field of ['title', 'summary', 'description'] as const) {
    for (const row of translationRows(field, text.en[field], byLocale((l) => text[l][field]))) {
      rows.eventTranslations.push({ eventId: id, ...row });
    }
  }
  for (const row of translationRows('costDescription', FEES[cost].en, fromFull(FEES[cost]))) {
    rows.eventTranslations.push({ eventId: id, ...row });
  }
  if (event.slug === CANCELLED_OCCURRENCE.event) {
    const cancelled = occurrenceToCancel(firstDate, event.recurrence ?? '');
    rows.eventOccurrenceOverrides.push({
      eventId: id,
      originalStart: localInstant(cancelled.dateKey, when.start ?? '00:00', ctx.timezone),
      cancelled: true,
      note: cancelled.note,
    });
  }
}

/** Dates of a simple weekly rule (BYDAY + COUNT), as the calendar will expand it. */
function weeklyOccurrenceDates(firstDate: string, rule: string): string[] {
  const names = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  const weekdays = new Set((/BYDAY=([A-Z,]+)/.exec(rule)?.[1] ?? '').split(',').map((d) => names.indexOf(d) + 1));
  const count = Number(/COUNT=(\d+)/.exec(rule)?.[1] ?? 0);
  if (!/FREQ=WEEKLY/.test(rule) || /INTERVAL=/.test(rule) || count === 0 || weekdays.has(0)) {
    throw new Error(`seedDirectory: cannot expand "${rule}" (weekly BYDAY + COUNT only)`);
  }
  const dates: string[] = [];
  for (let day = firstDate; dates.length < count; day = addDays(day, 1)) if (weekdays.has(weekdayOf(day))) dates.push(day);
  return dates;
}

/** A class on a public holiday is cancelled; without one, the fallback occurrence is. */
function occurrenceToCancel(firstDate: string, rule: string): { dateKey: string; note: string } {
  const dates = weeklyOccurrenceDates(firstDate, rule);
  const years = new Set(dates.map((d) => Number(d.slice(0, 4))));
  const holidays = new Map([...years].flatMap((year) => federalHolidays(year)));
  const onHoliday = dates.find((d) => holidays.has(d));
  if (onHoliday) return { dateKey: onHoliday, note: fill(CANCELLED_OCCURRENCE.holidayNote, { holiday: holidays.get(onHoliday)! }) };
  const fallback = dates[CANCELLED_OCCURRENCE.fallbackOccurrence - 1];
  if (!fallback) throw new Error(`seedDirectory: "${rule}" has fewer than ${CANCELLED_OCCURRENCE.fallbackOccurrence} occurrences`);
  return { dateKey: fallback, note: CANCELLED_OCCURRENCE.fallbackNote };
}

/** The first weekday on or after `dateKey` that is not the holiday. */
function specialHoursDay(dateKey: string, holidayKey: string): string {
  let day = dateKey;
  while (day === holidayKey || weekdayOf(day) > 5) day = addDays(day, 1);
  return day;
}

function legalSpecOrThrow(slug: string, instance: ServiceInstance, org: OrganizationData): LegalAuthorizationSpec {
  const spec = instance.legal ?? org.legal;
  if (!spec) throw new Error(`seedDirectory: legal service "${slug}" needs a legal authorization (T3)`);
  return spec;
}
