import type { Prisma } from '../../generated/prisma/client';
import { translationsIn } from '../localize';

// What the API reads, per entity. Only the requested locale's translations travel.

export const organizationSelect = (locale: string) =>
  ({
    id: true, externalId: true, name: true, alternateName: true, description: true, sourceLocale: true,
    website: true, email: true, phone: true, legalStatus: true, taxId: true, yearFounded: true, verifiedAt: true, updatedAt: true, slug: true,
    translations: translationsIn(locale),
  }) satisfies Prisma.OrganizationSelect;

export const categorySelect = (locale: string) =>
  ({
    id: true, externalId: true, slug: true, name: true, description: true, sourceLocale: true, plainLabel: true,
    openEligibilityCode: true, airsCode: true, parent: { select: { id: true, externalId: true } },
    translations: translationsIn(locale),
  }) satisfies Prisma.CategorySelect;

export const locationSelectHsds = (locale: string) =>
  ({
    id: true, externalId: true, organizationId: true, name: true, sourceLocale: true, isConfidential: true, neighborhood: true,
    phone: true, address1: true, address2: true, city: true, region: true, postalCode: true, country: true,
    latitude: true, longitude: true, wheelchairAccessible: true, transitDirections: true, accessibilityNotes: true,
    organization: { select: { id: true, externalId: true } },
    translations: translationsIn(locale),
  }) satisfies Prisma.LocationSelect;

const hoursSelect = {
  select: { weekday: true, opensAt: true, closesAt: true, serviceAtLocationId: true },
  orderBy: [{ weekday: 'asc' }, { opensAt: 'asc' }] as Prisma.WeeklyHoursOrderByWithRelationInput[],
} satisfies Prisma.Service$hoursArgs;

export const serviceSelect = (locale: string) =>
  ({
    id: true, externalId: true, slug: true, sourceLocale: true, name: true, alternateName: true, summary: true, description: true,
    eligibility: true, howToApply: true, documentsToBring: true, feesDescription: true, alertMessage: true, alertUntil: true,
    website: true, email: true, phone: true, isFree: true, acceptsWalkIns: true, appointmentNeeded: true, interpreterAvailable: true,
    offeredOnline: true, offeredByPhone: true, languages: true,
    asksImmigrationStatus: true, sharesDataWithGovernment: true, servesRegardlessOfStatus: true, statusSafetyConfirmedAt: true,
    legalAuthorization: true, legalAuthorizationReference: true, legalAuthorizationCheckedAt: true, idsAccepted: true, idsConfirmedAt: true,
    verifiedAt: true, updatedAt: true,
    translations: translationsIn(locale),
    organization: { select: organizationSelect(locale) },
    categories: { select: { isPrimary: true, category: { select: categorySelect(locale) } }, orderBy: { category: { sortOrder: 'asc' } } },
    hours: hoursSelect,
    locations: {
      select: { id: true, externalId: true, serviceId: true, location: { select: locationSelectHsds(locale) } },
      orderBy: { location: { name: 'asc' } },
    },
  }) satisfies Prisma.ServiceSelect;

export type OrganizationRow = Prisma.OrganizationGetPayload<{ select: ReturnType<typeof organizationSelect> }>;
export type CategoryRow = Prisma.CategoryGetPayload<{ select: ReturnType<typeof categorySelect> }>;
export type LocationRowHsds = Prisma.LocationGetPayload<{ select: ReturnType<typeof locationSelectHsds> }>;
export type ServiceRow = Prisma.ServiceGetPayload<{ select: ReturnType<typeof serviceSelect> }>;
