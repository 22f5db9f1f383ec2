import type { ServiceForEdit } from '@/lib/data/admin/services';
import { minutesToClock } from '@/lib/validation/admin/common';
import { CHECKBOX_FIELDS, type ServiceFormValues } from '@/lib/validation/admin/service';

const date = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

/** A stored service as the editor form shows it. */
export function serviceToFormValues(s: ServiceForEdit): ServiceFormValues {
  const checkboxes = Object.fromEntries(CHECKBOX_FIELDS.map((k) => [k, s[k] ? 'on' : ''])) as Record<(typeof CHECKBOX_FIELDS)[number], string>;
  return {
    ...checkboxes,
    slug: s.slug, organizationId: s.organizationId, name: s.name, alternateName: s.alternateName ?? '', summary: s.summary, description: s.description,
    eligibility: s.eligibility, howToApply: s.howToApply, documentsToBring: s.documentsToBring, feesDescription: s.feesDescription,
    alertMessage: s.alertMessage ?? '', alertUntil: date(s.alertUntil), website: s.website ?? '', email: s.email ?? '', phone: s.phone ?? '',
    asksImmigrationStatus: s.asksImmigrationStatus, sharesDataWithGovernment: s.sharesDataWithGovernment, statusSafetyConfirmedAt: date(s.statusSafetyConfirmedAt),
    legalAuthorization: s.legalAuthorization, legalAuthorizationReference: s.legalAuthorizationReference ?? '', legalAuthorizationCheckedAt: date(s.legalAuthorizationCheckedAt),
    idsConfirmedAt: date(s.idsConfirmedAt), primaryCategoryId: s.categories.find((c) => c.isPrimary)?.categoryId ?? '',
    languages: s.languages, idsAccepted: s.idsAccepted, categoryIds: s.categories.map((c) => c.categoryId), locationIds: s.locations.map((l) => l.locationId),
    hours: s.hours.map((h) => ({ weekday: String(h.weekday), opensAt: minutesToClock(h.opensAt), closesAt: minutesToClock(h.closesAt), locationId: h.locationId ?? '' })),
    exceptions: s.exceptions.map((e) => ({
      date: date(e.date), closed: e.closed, opensAt: e.opensAt === null ? null : minutesToClock(e.opensAt), closesAt: e.closesAt === null ? null : minutesToClock(e.closesAt), note: e.note, locationId: e.locationId ?? '',
    })),
  };
}

export function emptyServiceValues(organizationId = ''): ServiceFormValues {
  return {
    slug: '', organizationId, name: '', alternateName: '', summary: '', description: '', eligibility: '', howToApply: '', documentsToBring: '', feesDescription: '',
    alertMessage: '', alertUntil: '', website: '', email: '', phone: '', asksImmigrationStatus: 'unknown', sharesDataWithGovernment: 'unknown', statusSafetyConfirmedAt: '',
    legalAuthorization: 'not_applicable', legalAuthorizationReference: '', legalAuthorizationCheckedAt: '', idsConfirmedAt: '', primaryCategoryId: '',
    isFree: '', acceptsWalkIns: '', appointmentNeeded: '', interpreterAvailable: '', offeredOnline: '', offeredByPhone: '', servesRegardlessOfStatus: '',
    languages: [], idsAccepted: [], categoryIds: [], locationIds: [], hours: [], exceptions: [],
  };
}
