import 'server-only';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { exceptionWindow, hoursFor, type HoursGroup } from './hours';
import { localize, translationsIn, type LocalizedText } from './localize';
import { locationSelect, toPublicLocation, type PublicLocation } from './locations';
import { cachedPublicRead } from './public-cache';
import { getPublicSettings } from './settings';
import { publicServiceWhere } from './visibility';
import { showsFraudWarning } from '../trust/fraud-warning';

export type ServiceCard = {
  slug: string;
  name: LocalizedText;
  summary: LocalizedText;
  organizationName: string;
  isFree: boolean;
  acceptsWalkIns: boolean;
  servesRegardlessOfStatus: boolean;
  noIdNeeded: boolean;
  languages: string[];
  neighborhoods: string[];
  hours: HoursGroup;
};

export type Page<T> = { items: T[]; total: number; page: number; pageCount: number };

export const SERVICES_PER_PAGE = 20;

function cardSelect(locale: string, now: Date) {
  return {
    slug: true, name: true, summary: true, sourceLocale: true, isFree: true, acceptsWalkIns: true,
    servesRegardlessOfStatus: true, idsAccepted: true, languages: true,
    translations: { where: { locale, field: { in: ['name', 'summary'] } }, select: { locale: true, field: true, value: true, status: true } },
    organization: { select: { name: true } },
    locations: { select: { location: { select: { neighborhood: true } } } },
    hours: { select: { weekday: true, opensAt: true, closesAt: true, serviceAtLocationId: true } },
    exceptions: { where: { date: exceptionWindow(now) }, select: { date: true, closed: true, opensAt: true, closesAt: true, note: true, serviceAtLocationId: true } },
  } satisfies Prisma.ServiceSelect;
}

type CardRow = Prisma.ServiceGetPayload<{ select: ReturnType<typeof cardSelect> }>;

function toCard(row: CardRow, locale: string, timeZone: string, now: Date): ServiceCard {
  return {
    slug: row.slug,
    name: localize(row, 'name', row.name, locale),
    summary: localize(row, 'summary', row.summary, locale),
    organizationName: row.organization.name,
    isFree: row.isFree,
    acceptsWalkIns: row.acceptsWalkIns,
    servesRegardlessOfStatus: row.servesRegardlessOfStatus,
    noIdNeeded: row.idsAccepted.includes('none_needed'),
    languages: row.languages,
    neighborhoods: [...new Set(row.locations.map((l) => l.location.neighborhood).filter(Boolean))],
    // A card shows the first place's hours, or the service-wide hours.
    hours: hoursFor(row.hours[0]?.serviceAtLocationId ?? null, row.hours, row.exceptions, timeZone, now),
  };
}

/** Public services of a category, by name, one page at a time. Null when the category does not exist. */
export async function listPublicServicesInCategory(
  categorySlug: string,
  locale: string,
  page: number,
  now = new Date(),
): Promise<Page<ServiceCard> | null> {
  const settings = await getPublicSettings();
  // The rows are kept (ADR 018); hours and "open now" are worked out per request below.
  const found = await cachedPublicRead(`category-services:${categorySlug}:${locale}:${page}`, async () => {
    const category = await db.category.findUnique({ where: { slug: categorySlug }, select: { id: true } });
    if (!category) return null;
    const where: Prisma.ServiceWhereInput = {
      ...publicServiceWhere(settings.verifyHideAfterDays, now),
      categories: { some: { categoryId: category.id } },
    };
    return Promise.all([
      db.service.count({ where }),
      db.service.findMany({
        where,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        skip: (page - 1) * SERVICES_PER_PAGE,
        take: SERVICES_PER_PAGE,
        select: cardSelect(locale, now),
      }),
    ]);
  });
  if (!found) return null;
  const [total, rows] = found;
  return {
    items: rows.map((row) => toCard(row, locale, settings.timezone, now)),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / SERVICES_PER_PAGE)),
  };
}

/** Public services of one organization (for its page). */
export async function listPublicServicesOfOrganization(organizationId: string, locale: string, now = new Date()): Promise<ServiceCard[]> {
  const settings = await getPublicSettings();
  const rows = await cachedPublicRead(`organization-services:${organizationId}:${locale}`, () => db.service.findMany({
    where: { ...publicServiceWhere(settings.verifyHideAfterDays, now), organizationId },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 200,
    select: cardSelect(locale, now),
  }));
  return rows.map((row) => toCard(row, locale, settings.timezone, now));
}

export type ServicePlace = { location: PublicLocation; hours: HoursGroup };

export type ServiceDetail = Awaited<ReturnType<typeof getPublicService>>;

/** Everything a public service page shows. Null when not found or not public. */
export async function getPublicService(slug: string, locale: string, now = new Date()) {
  const settings = await getPublicSettings();
  // The row is kept (ADR 018); hours, "open now" and the alert's expiry are worked out per request.
  const row = await cachedPublicRead(`service:${slug}:${locale}`, () => db.service.findFirst({
    where: { ...publicServiceWhere(settings.verifyHideAfterDays, now), slug },
    select: {
      id: true, slug: true, sourceLocale: true, name: true, alternateName: true, summary: true, description: true,
      eligibility: true, howToApply: true, documentsToBring: true, feesDescription: true, alertMessage: true, alertUntil: true,
      website: true, email: true, phone: true, isFree: true, acceptsWalkIns: true, appointmentNeeded: true,
      interpreterAvailable: true, offeredOnline: true, offeredByPhone: true, languages: true,
      asksImmigrationStatus: true, sharesDataWithGovernment: true, servesRegardlessOfStatus: true, statusSafetyConfirmedAt: true,
      legalAuthorization: true, legalAuthorizationReference: true, legalAuthorizationCheckedAt: true,
      idsAccepted: true, idsConfirmedAt: true, verifiedAt: true, updatedAt: true,
      translations: translationsIn(locale),
      organization: { select: { slug: true, name: true, website: true, phone: true } },
      categories: {
        orderBy: { isPrimary: 'desc' },
        select: { category: { select: { slug: true, name: true, sourceLocale: true, showsFraudWarning: true, parent: { select: { showsFraudWarning: true } }, translations: translationsIn(locale) } } },
      },
      locations: { select: { id: true, location: { select: locationSelect(locale) } } },
      hours: { select: { weekday: true, opensAt: true, closesAt: true, serviceAtLocationId: true } },
      exceptions: { where: { date: exceptionWindow(now) }, select: { date: true, closed: true, opensAt: true, closesAt: true, note: true, serviceAtLocationId: true } },
      contacts: { where: { isPublic: true }, select: { name: true, title: true, phone: true, phoneExtension: true, email: true } },
    },
  }));
  if (!row) return null;
  const text = (field: keyof typeof row & string) => localize(row, field, row[field] as string | null, locale);
  const alertActive = row.alertMessage && (!row.alertUntil || row.alertUntil > now);
  const places: ServicePlace[] = row.locations.map((sal) => ({
    location: toPublicLocation(sal.location, locale),
    hours: hoursFor(sal.id, row.hours, row.exceptions, settings.timezone, now),
  }));
  const generalHours = hoursFor(null, row.hours, row.exceptions, settings.timezone, now);
  return {
    slug: row.slug,
    name: text('name'),
    alternateName: row.alternateName ? text('alternateName') : null,
    summary: text('summary'),
    description: text('description'),
    eligibility: text('eligibility'),
    howToApply: text('howToApply'),
    documentsToBring: text('documentsToBring'),
    feesDescription: text('feesDescription'),
    alert: alertActive ? text('alertMessage') : null,
    contact: { website: row.website, email: row.email, phone: row.phone },
    access: {
      isFree: row.isFree, acceptsWalkIns: row.acceptsWalkIns, appointmentNeeded: row.appointmentNeeded,
      interpreterAvailable: row.interpreterAvailable, offeredOnline: row.offeredOnline, offeredByPhone: row.offeredByPhone,
    },
    languages: row.languages,
    trust: {
      asksImmigrationStatus: row.asksImmigrationStatus,
      sharesDataWithGovernment: row.sharesDataWithGovernment,
      servesRegardlessOfStatus: row.servesRegardlessOfStatus,
      statusSafetyConfirmedAt: row.statusSafetyConfirmedAt,
      legalAuthorization: row.legalAuthorization,
      legalAuthorizationReference: row.legalAuthorizationReference,
      legalAuthorizationCheckedAt: row.legalAuthorizationCheckedAt,
      idsAccepted: row.idsAccepted,
      idsConfirmedAt: row.idsConfirmedAt,
      showsFraudWarning: showsFraudWarning(row.legalAuthorization, row.categories.map((c) => c.category)),
    },
    verifiedAt: row.verifiedAt,
    updatedAt: row.updatedAt,
    organization: row.organization,
    categories: row.categories.map(({ category }) => ({ slug: category.slug, name: localize(category, 'name', category.name, locale) })),
    places,
    generalHours: generalHours.weekly.length > 0 || places.length === 0 ? generalHours : null,
    contacts: row.contacts,
    timezone: settings.timezone,
  };
}

/** Cards for services found elsewhere (search), in the order given. */
export async function listPublicServiceCardsBySlugs(slugs: string[], locale: string, now = new Date()): Promise<ServiceCard[]> {
  if (!slugs.length) return [];
  const settings = await getPublicSettings();
  const rows = await db.service.findMany({
    where: { ...publicServiceWhere(settings.verifyHideAfterDays, now), slug: { in: slugs } },
    select: cardSelect(locale, now),
  });
  const bySlug = new Map(rows.map((row) => [row.slug, toCard(row, locale, settings.timezone, now)]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}
