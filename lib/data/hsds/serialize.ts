import { localize, type LocalizedText } from '../localize';
import { toPublicLocation } from '../locations';
import { compact, hhmm, hsdsId, isoDate, stableId, WEEKDAYS, WELCOME_DESK_TAXONOMY_ID } from './ids';
import type { UpcomingOccurrence } from '../events';
import type { CategoryRow, LocationRowHsds, OrganizationRow, ServiceRow } from './select';

// Database rows → HSDS 3.0 objects for the API. Everything HSDS has no field for goes in one
// documented extension object, `x_welcome_desk` (docs/decisions/010-hsds.md). Confidential
// places (T6) go through toPublicLocation, which has already dropped address and coordinates.

type Texts = Record<string, LocalizedText>;

/** Which language each text is in and how it was translated, for the extension object. */
const textInfo = (texts: Texts) =>
  Object.fromEntries(Object.entries(texts).filter(([, t]) => t.text).map(([field, t]) => [field, { language: t.lang, status: t.status }]));

export const WELCOME_DESK_TAXONOMY = {
  id: WELCOME_DESK_TAXONOMY_ID,
  name: 'Welcome Desk categories',
  description: 'The categories of this directory. Each term carries its Open Eligibility and AIRS codes, when known, in x_welcome_desk.',
};

export function toTaxonomyTerm(row: CategoryRow, locale: string) {
  const name = localize(row, 'name', row.name, locale);
  const description = localize(row, 'description', row.description, locale);
  return compact({
    id: hsdsId(row),
    code: row.slug,
    name: name.text,
    description: description.text || name.text,
    parent_id: row.parent ? hsdsId(row.parent) : undefined,
    taxonomy_id: WELCOME_DESK_TAXONOMY_ID,
    taxonomy: WELCOME_DESK_TAXONOMY,
    language: name.lang,
    x_welcome_desk: compact({
      open_eligibility_code: row.openEligibilityCode,
      airs_code: row.airsCode,
      text: textInfo({ name, description }),
    }),
  });
}

function phone(owner: 'service' | 'organization' | 'location', ownerId: string, number: string | null) {
  return number ? [{ id: stableId('phone', owner, ownerId), [`${owner}_id`]: ownerId, number }] : [];
}

export function toOrganization(row: OrganizationRow, locale: string) {
  const description = localize(row, 'description', row.description, locale);
  const alternateName = localize(row, 'alternateName', row.alternateName, locale);
  return compact({
    id: hsdsId(row),
    name: row.name,
    alternate_name: alternateName.text,
    description: description.text,
    email: row.email,
    website: row.website,
    year_incorporated: row.yearFounded,
    legal_status: row.legalStatus,
    phones: phone('organization', hsdsId(row), row.phone),
    x_welcome_desk: compact({
      page: `/${locale}/organizations/${row.slug}`,
      verified_at: row.verifiedAt?.toISOString(),
      last_modified: row.updatedAt.toISOString(),
      text: textInfo({ description, alternate_name: alternateName }),
    }),
  });
}

export function toLocation(row: LocationRowHsds, locale: string) {
  const id = hsdsId(row);
  const place = toPublicLocation(row, locale);
  return compact({
    id,
    location_type: 'physical',
    organization_id: hsdsId(row.organization),
    name: place.name.text,
    transportation: place.transitDirections.text,
    latitude: place.coordinates?.lat,
    longitude: place.coordinates?.lng,
    phones: phone('location', id, row.phone),
    addresss: place.address && place.address.line1
      ? [compact({
          id: stableId('address', id),
          location_id: id,
          address_1: place.address.line1,
          address_2: place.address.line2,
          city: place.address.city,
          state_province: place.address.region,
          postal_code: place.address.postalCode,
          country: row.country,
          address_type: 'physical',
        })]
      : [],
    accessibilitys: place.accessibilityNotes.text || place.wheelchairAccessible
      ? [compact({ id: stableId('accessibility', id), location_id: id, description: place.wheelchairAccessible ? 'wheelchair accessible' : undefined, details: place.accessibilityNotes.text })]
      : [],
    x_welcome_desk: compact({
      confidential: place.isConfidential,
      neighborhood: place.neighborhood,
      wheelchair_accessible: place.wheelchairAccessible,
    }),
  });
}

type Hours = ServiceRow['hours'];

function schedules(hours: Hours, owner: { service_id?: string; service_at_location_id?: string }, ownerKey: string) {
  return hours.map((h) =>
    compact({
      id: stableId('schedule', ownerKey, h.weekday, h.opensAt, h.closesAt),
      ...owner,
      freq: 'WEEKLY',
      byday: WEEKDAYS[h.weekday - 1],
      opens_at: hhmm(h.opensAt),
      closes_at: hhmm(h.closesAt),
    }),
  );
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

function languageName(code: string, locale: string) {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function toServiceAtLocation(sal: ServiceRow['locations'][number], service: ServiceRow, locale: string) {
  const id = hsdsId(sal);
  return {
    id,
    service_id: hsdsId(service),
    location_id: hsdsId(sal.location),
    location: toLocation(sal.location, locale),
    schedules: schedules(service.hours.filter((h) => h.serviceAtLocationId === sal.id), { service_at_location_id: id }, id),
  };
}

export function toService(row: ServiceRow, locale: string, detail: 'basic' | 'full') {
  const id = hsdsId(row);
  const t = (field: string, source: string | null) => localize(row, field, source, locale);
  const texts = {
    name: t('name', row.name), alternate_name: t('alternateName', row.alternateName), summary: t('summary', row.summary),
    description: t('description', row.description), eligibility_description: t('eligibility', row.eligibility),
    application_process: t('howToApply', row.howToApply), fees_description: t('feesDescription', row.feesDescription),
    documents_to_bring: t('documentsToBring', row.documentsToBring), alert: t('alertMessage', row.alertMessage),
  };
  const alertActive = row.alertMessage && (!row.alertUntil || row.alertUntil > new Date());
  const basic = compact({
    id,
    organization_id: hsdsId(row.organization),
    name: texts.name.text,
    alternate_name: texts.alternate_name.text,
    description: texts.description.text || texts.summary.text,
    url: row.website,
    email: row.email,
    status: 'active',
    interpretation_services: row.interpreterAvailable ? 'Interpreter available' : undefined,
    application_process: texts.application_process.text,
    fees_description: texts.fees_description.text,
    eligibility_description: texts.eligibility_description.text,
    assured_date: isoDate(row.verifiedAt),
    alert: alertActive ? texts.alert.text : undefined,
  });
  const extension = compact({
    page: `/${locale}/services/${row.slug}`,
    summary: texts.summary.text,
    verified_at: row.verifiedAt?.toISOString(),
    last_modified: row.updatedAt.toISOString(),
    text: textInfo(texts),
    free: row.isFree,
    walk_ins: row.acceptsWalkIns,
    appointment_needed: row.appointmentNeeded,
    interpreter_available: row.interpreterAvailable,
    online: row.offeredOnline,
    by_phone: row.offeredByPhone,
    status_safety: compact({
      asks_immigration_status: row.asksImmigrationStatus,
      shares_data_with_government: row.sharesDataWithGovernment,
      serves_regardless_of_status: row.servesRegardlessOfStatus,
      confirmed_at: row.statusSafetyConfirmedAt?.toISOString(),
    }),
    legal_authorization: compact({
      kind: row.legalAuthorization,
      reference: row.legalAuthorizationReference,
      checked_at: row.legalAuthorizationCheckedAt?.toISOString(),
    }),
    ids_accepted: row.idsAccepted,
    ids_confirmed_at: row.idsConfirmedAt?.toISOString(),
  });
  if (detail === 'basic') return { ...basic, x_welcome_desk: extension };
  return {
    ...basic,
    organization: toOrganization(row.organization, locale),
    phones: phone('service', id, row.phone),
    schedules: schedules(row.hours.filter((h) => h.serviceAtLocationId === null), { service_id: id }, id),
    languages: row.languages.map((code) => ({ id: stableId('language', id, code), service_id: id, code, name: languageName(code, locale) })),
    required_documents: lines(texts.documents_to_bring.text).map((document, i) => ({ id: stableId('required_document', id, i), service_id: id, document })),
    service_at_locations: row.locations.map((sal) => toServiceAtLocation(sal, row, locale)),
    attributes: row.categories.map((c) =>
      compact({
        id: stableId('attribute', id, hsdsId(c.category)),
        link_id: id,
        link_type: 'category',
        link_entity: 'service',
        taxonomy_term_id: hsdsId(c.category),
        value: c.isPrimary ? 'primary' : undefined,
        taxonomy_term: toTaxonomyTerm(c.category, locale),
      }),
    ),
    x_welcome_desk: extension,
  };
}

export function toEventExtension(e: UpcomingOccurrence) {
  return compact({
    slug: e.slug,
    title: e.title.text,
    summary: e.summary.text,
    starts_at: e.start.toISOString(),
    ends_at: e.end.toISOString(),
    all_day: e.allDay,
    timezone: e.timezone,
    free: e.isFree,
    online: e.online,
    place: e.placeName,
    text: textInfo({ title: e.title, summary: e.summary }),
  });
}
