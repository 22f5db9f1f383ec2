import 'server-only';
import { db } from '../../db';
import type { Prisma } from '../../generated/prisma/client';
import { getPublicSettings } from '../settings';
import { publicOrganizationWhere, publicServiceWhere } from '../visibility';
import { whereHsdsId, WELCOME_DESK_TAXONOMY_ID } from './ids';
import { categorySelect, organizationSelect, serviceSelect } from './select';
import { toOrganization, toService, toServiceAtLocation, toTaxonomyTerm, WELCOME_DESK_TAXONOMY } from './serialize';
import { servicesNearPostcode } from './near';
import { listUpcomingOccurrences } from '../events';
import { toEventExtension } from './serialize';

// The HSDS API's reads (PRODUCT I1). Public data only: the same visibility rules as the
// site (published, of a published organization, verified within the hide threshold).

export type HsdsQuery = {
  locale: string;
  page: number;
  perPage: number;
  search?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  organizationId?: string;
  modifiedAfter?: Date;
  postcode?: string;
  proximity?: number;
  fullService?: boolean;
};

export type HsdsPage<T> = {
  total_items: number; total_pages: number; page_number: number; size: number;
  first_page: boolean; last_page: boolean; empty: boolean; contents: T[];
};

function toPage<T>(contents: T[], total: number, q: HsdsQuery): HsdsPage<T> {
  const totalPages = Math.ceil(total / q.perPage);
  return {
    total_items: total, total_pages: totalPages, page_number: q.page, size: q.perPage,
    first_page: q.page === 1, last_page: q.page >= totalPages, empty: contents.length === 0, contents,
  };
}

const skipTake = (q: HsdsQuery) => ({ skip: (q.page - 1) * q.perPage, take: q.perPage });
const contains = (text: string) => ({ contains: text, mode: 'insensitive' as const });
const NOTHING = { id: { in: [] as string[] } };

async function serviceWhere(q: HsdsQuery, now: Date): Promise<Prisma.ServiceWhereInput> {
  const settings = await getPublicSettings();
  const and: Prisma.ServiceWhereInput[] = [publicServiceWhere(settings.verifyHideAfterDays, now)];
  if (q.search) {
    and.push({
      OR: [
        { name: contains(q.search) }, { summary: contains(q.search) }, { description: contains(q.search) },
        { translations: { some: { value: contains(q.search), field: { in: ['name', 'summary', 'description'] } } } },
      ],
    });
  }
  if (q.taxonomyId && q.taxonomyId !== WELCOME_DESK_TAXONOMY_ID) and.push(NOTHING);
  if (q.taxonomyTermId) and.push({ categories: { some: { category: whereHsdsId(q.taxonomyTermId) } } });
  if (q.organizationId) and.push({ organization: whereHsdsId(q.organizationId) });
  if (q.modifiedAfter) and.push({ updatedAt: { gt: q.modifiedAfter } });
  if (q.postcode && q.proximity === undefined) {
    // Confidential places (T6) never answer a postcode question.
    and.push({ locations: { some: { location: { postalCode: q.postcode, isConfidential: false } } } });
  }
  if (q.postcode && q.proximity !== undefined) {
    const locationIds = await servicesNearPostcode(q.postcode, q.proximity);
    and.push({ locations: { some: { locationId: { in: locationIds } } } });
  }
  return { AND: and };
}

export async function listHsdsServices(q: HsdsQuery, now = new Date()) {
  const where = await serviceWhere(q, now);
  const [total, rows] = await Promise.all([
    db.service.count({ where }),
    db.service.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...skipTake(q), select: serviceSelect(q.locale) }),
  ]);
  return toPage(rows.map((row) => toService(row, q.locale, q.fullService ? 'full' : 'basic')), total, q);
}

export async function getHsdsService(id: string, locale: string, now = new Date()) {
  const where = await serviceWhere({ locale, page: 1, perPage: 1 }, now);
  const row = await db.service.findFirst({ where: { AND: [where, whereHsdsId(id)] }, select: serviceSelect(locale) });
  return row ? toService(row, locale, 'full') : null;
}

export async function listHsdsServiceAtLocations(q: HsdsQuery, now = new Date()) {
  const services = await serviceWhere({ ...q, postcode: undefined }, now);
  const where: Prisma.ServiceAtLocationWhereInput = { service: services };
  if (q.postcode && q.proximity === undefined) where.location = { postalCode: q.postcode, isConfidential: false };
  if (q.postcode && q.proximity !== undefined) where.locationId = { in: await servicesNearPostcode(q.postcode, q.proximity) };
  const [total, rows] = await Promise.all([
    db.serviceAtLocation.count({ where }),
    db.serviceAtLocation.findMany({
      where, orderBy: [{ service: { name: 'asc' } }, { id: 'asc' }], ...skipTake(q),
      select: { id: true, service: { select: serviceSelect(q.locale) } },
    }),
  ]);
  return toPage(rows.map((row) => salFor(row.service, row.id, q.locale, q.fullService ?? false)), total, q);
}

function salFor(service: Prisma.ServiceGetPayload<{ select: ReturnType<typeof serviceSelect> }>, salId: string, locale: string, full: boolean) {
  const sal = service.locations.find((l) => l.id === salId)!;
  const base = toServiceAtLocation(sal, service, locale);
  return full ? { ...base, service: toService(service, locale, 'basic') } : base;
}

export async function getHsdsServiceAtLocation(id: string, locale: string, now = new Date()) {
  const services = await serviceWhere({ locale, page: 1, perPage: 1 }, now);
  const row = await db.serviceAtLocation.findFirst({
    where: { AND: [{ service: services }, whereHsdsId(id)] },
    select: { id: true, service: { select: serviceSelect(locale) } },
  });
  return row ? salFor(row.service, row.id, locale, true) : null;
}

function organizationWhere(q: HsdsQuery): Prisma.OrganizationWhereInput {
  const and: Prisma.OrganizationWhereInput[] = [publicOrganizationWhere];
  if (q.search) and.push({ OR: [{ name: contains(q.search) }, { description: contains(q.search) }] });
  if (q.modifiedAfter) and.push({ updatedAt: { gt: q.modifiedAfter } });
  if (q.organizationId) and.push(whereHsdsId(q.organizationId));
  return { AND: and };
}

export async function listHsdsOrganizations(q: HsdsQuery) {
  const where = organizationWhere(q);
  const [total, rows] = await Promise.all([
    db.organization.count({ where }),
    db.organization.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...skipTake(q), select: organizationSelect(q.locale) }),
  ]);
  return toPage(rows.map((row) => toOrganization(row, q.locale)), total, q);
}

export async function getHsdsOrganization(id: string, locale: string, now = new Date()) {
  const row = await db.organization.findFirst({ where: { AND: [publicOrganizationWhere, whereHsdsId(id)] }, select: organizationSelect(locale) });
  if (!row) return null;
  const [services, events] = await Promise.all([
    listHsdsServices({ locale, page: 1, perPage: 100, organizationId: id }, now),
    listUpcomingOccurrences(locale, { limit: 20, organizationId: row.id, now }),
  ]);
  const organization = toOrganization(row, locale);
  return {
    ...organization,
    x_welcome_desk: {
      ...organization.x_welcome_desk,
      services: services.contents.map((s) => ({ id: s.id, name: s.name })),
      // HSDS 3.0 has no events; its next occurrences, in the city's time zone (PRODUCT P5).
      events: events.map(toEventExtension),
    },
  };
}

function termWhere(q: HsdsQuery): Prisma.CategoryWhereInput {
  const and: Prisma.CategoryWhereInput[] = [];
  if (q.taxonomyId && q.taxonomyId !== WELCOME_DESK_TAXONOMY_ID) and.push(NOTHING);
  if (q.search) and.push({ OR: [{ name: contains(q.search) }, { translations: { some: { value: contains(q.search) } } }] });
  if (q.modifiedAfter) and.push({ updatedAt: { gt: q.modifiedAfter } });
  return { AND: and };
}

export async function listHsdsTaxonomyTerms(q: HsdsQuery) {
  const where = termWhere(q);
  const [total, rows] = await Promise.all([
    db.category.count({ where }),
    db.category.findMany({ where, orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }], ...skipTake(q), select: categorySelect(q.locale) }),
  ]);
  return toPage(rows.map((row) => toTaxonomyTerm(row, q.locale)), total, q);
}

export async function getHsdsTaxonomyTerm(id: string, locale: string) {
  const row = await db.category.findFirst({ where: whereHsdsId(id), select: categorySelect(locale) });
  return row ? toTaxonomyTerm(row, locale) : null;
}

export function listHsdsTaxonomies(q: HsdsQuery) {
  const all = q.search && !WELCOME_DESK_TAXONOMY.name.toLowerCase().includes(q.search.toLowerCase()) ? [] : [WELCOME_DESK_TAXONOMY];
  return toPage(q.page === 1 ? all : [], all.length, q);
}

export const getHsdsTaxonomy = (id: string) => (id === WELCOME_DESK_TAXONOMY_ID ? WELCOME_DESK_TAXONOMY : null);
