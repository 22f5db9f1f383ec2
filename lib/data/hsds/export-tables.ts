import type { PrismaClient } from '../../generated/prisma/client';
import { hhmm, hsdsId, isoDate, stableId, WEEKDAYS, WELCOME_DESK_TAXONOMY_ID } from './ids';
import { WELCOME_DESK_TAXONOMY } from './serialize';
import type { Row, Tables } from './tabular';

// The directory as HSDS tables (I2). Every listing that is not archived, drafts included:
// this is the staff's copy of their data. Confidential places (T6) are exported as the
// public sees them — neighborhood only, no address, no coordinates — so an export handed
// to a 211 cannot leak a shelter's address. Rows are sorted by id so that exporting the same
// data twice gives identical files.

type Db = Pick<PrismaClient, 'organization' | 'service' | 'location' | 'category' | 'serviceAtLocation'>;

const str = (v: unknown) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v));
const byId = (a: Row, b: Row) => (a.id ?? a.service_id ?? a.location_id ?? '').localeCompare(b.id ?? b.service_id ?? b.location_id ?? '');
const TRANSLATION = { select: { locale: true, field: true, value: true, status: true } } as const;

export async function buildHsdsTables(db: Db): Promise<Tables> {
  // One query after another: an export is rare, and it should not take the whole pool.
  const organizations = await db.organization.findMany({ where: { status: { not: 'archived' } }, include: { translations: TRANSLATION } });
  const services = await db.service.findMany({
    where: { status: { not: 'archived' }, organization: { status: { not: 'archived' } } },
    include: { translations: TRANSLATION, organization: { select: { id: true, externalId: true } }, categories: { include: { category: { select: { id: true, externalId: true } } } }, hours: true, locations: { include: { location: { select: { id: true, externalId: true } } } } },
  });
  const locations = await db.location.findMany({ where: { organization: { status: { not: 'archived' } } }, include: { translations: TRANSLATION, organization: { select: { id: true, externalId: true } } } });
  const categories = await db.category.findMany({ include: { translations: TRANSLATION, parent: { select: { id: true, externalId: true } } } });
  const t: Required<Tables> = {
    organization: [], service: [], service_at_location: [], location: [], phone: [], address: [], schedule: [], language: [],
    required_document: [], accessibility: [], taxonomy: [], taxonomy_term: [], attribute: [],
    x_welcome_desk_service: [], x_welcome_desk_location: [], x_welcome_desk_translation: [],
  };
  const translations = (table: string, recordId: string, rows: { locale: string; field: string; value: string; status: string }[]) => {
    for (const r of rows) t.x_welcome_desk_translation.push({ table, record_id: recordId, field: r.field, locale: r.locale, status: r.status, value: r.value });
  };

  for (const o of organizations) {
    const id = hsdsId(o);
    t.organization.push({ id, name: o.name, alternate_name: str(o.alternateName), description: o.description, email: str(o.email), website: str(o.website), year_incorporated: str(o.yearFounded), legal_status: str(o.legalStatus) });
    if (o.phone) t.phone.push({ id: stableId('phone', 'organization', id), organization_id: id, number: o.phone });
    translations('organization', id, o.translations);
  }

  for (const l of locations) {
    const id = hsdsId(l);
    const secret = l.isConfidential;
    t.location.push({
      id, location_type: 'physical', organization_id: hsdsId(l.organization), name: secret ? l.neighborhood : l.name,
      transportation: secret ? '' : l.transitDirections, latitude: secret ? '' : str(l.latitude), longitude: secret ? '' : str(l.longitude),
    });
    if (!secret && l.address1) {
      t.address.push({ id: stableId('address', id), location_id: id, address_1: l.address1, address_2: str(l.address2), city: l.city, state_province: l.region, postal_code: l.postalCode, country: l.country, address_type: 'physical' });
    }
    if (l.phone) t.phone.push({ id: stableId('phone', 'location', id), location_id: id, number: l.phone });
    if (l.accessibilityNotes) t.accessibility.push({ id: stableId('accessibility', id), location_id: id, details: l.accessibilityNotes });
    t.x_welcome_desk_location.push({ location_id: id, confidential: String(secret), neighborhood: l.neighborhood, wheelchair_accessible: String(l.wheelchairAccessible) });
    translations('location', id, secret ? l.translations.filter((r) => r.field === 'accessibilityNotes') : l.translations);
  }

  t.taxonomy.push({ ...WELCOME_DESK_TAXONOMY });
  for (const c of categories) {
    const id = hsdsId(c);
    t.taxonomy_term.push({ id, code: c.slug, name: c.name, description: c.description || c.name, parent_id: c.parent ? hsdsId(c.parent) : '', language: c.sourceLocale, taxonomy_id: WELCOME_DESK_TAXONOMY_ID });
    translations('taxonomy_term', id, c.translations);
  }

  for (const s of services) {
    const id = hsdsId(s);
    t.service.push({
      id, organization_id: hsdsId(s.organization), name: s.name, alternate_name: str(s.alternateName), description: s.description,
      url: str(s.website), email: str(s.email), status: 'active', interpretation_services: s.interpreterAvailable ? 'Interpreter available' : '',
      application_process: s.howToApply, fees_description: s.feesDescription, eligibility_description: s.eligibility,
      assured_date: str(isoDate(s.verifiedAt)), alert: str(s.alertMessage),
    });
    if (s.phone) t.phone.push({ id: stableId('phone', 'service', id), service_id: id, number: s.phone });
    for (const code of s.languages) t.language.push({ id: stableId('language', id, code), service_id: id, code });
    s.documentsToBring.split('\n').map((d) => d.trim()).filter(Boolean)
      .forEach((document, i) => t.required_document.push({ id: stableId('required_document', id, i), service_id: id, document }));
    for (const c of s.categories) {
      const term = hsdsId(c.category);
      t.attribute.push({ id: stableId('attribute', id, term), link_id: id, taxonomy_term_id: term, link_type: 'category', link_entity: 'service', value: c.isPrimary ? 'primary' : '' });
    }
    const salIds = new Map(s.locations.map((sal) => [sal.id, hsdsId(sal)]));
    for (const sal of s.locations) t.service_at_location.push({ id: hsdsId(sal), service_id: id, location_id: hsdsId(sal.location) });
    for (const h of s.hours) {
      const salId = h.serviceAtLocationId ? salIds.get(h.serviceAtLocationId)! : undefined;
      t.schedule.push({
        id: stableId('schedule', salId ?? id, h.weekday, h.opensAt, h.closesAt), ...(salId ? { service_at_location_id: salId } : { service_id: id }),
        freq: 'WEEKLY', byday: WEEKDAYS[h.weekday - 1]!, opens_at: hhmm(h.opensAt), closes_at: hhmm(h.closesAt),
      });
    }
    t.x_welcome_desk_service.push({
      service_id: id, source_locale: s.sourceLocale, summary: s.summary, free: String(s.isFree), walk_ins: String(s.acceptsWalkIns),
      appointment_needed: String(s.appointmentNeeded), interpreter_available: String(s.interpreterAvailable), online: String(s.offeredOnline),
      by_phone: String(s.offeredByPhone), asks_immigration_status: s.asksImmigrationStatus, shares_data_with_government: s.sharesDataWithGovernment,
      serves_regardless_of_status: String(s.servesRegardlessOfStatus), status_safety_confirmed_at: str(s.statusSafetyConfirmedAt),
      legal_authorization: s.legalAuthorization, legal_authorization_reference: str(s.legalAuthorizationReference),
      legal_authorization_checked_at: str(s.legalAuthorizationCheckedAt), ids_accepted: [...s.idsAccepted].sort().join(' '),
      ids_confirmed_at: str(s.idsConfirmedAt), verified_at: str(s.verifiedAt),
    });
    translations('service', id, s.translations);
  }

  for (const [name, rows] of Object.entries(t)) if (name !== 'required_document') rows.sort(byId);
  // A service's documents keep their order (a checklist); the sort is stable.
  t.required_document.sort((a, b) => (a.service_id ?? '').localeCompare(b.service_id ?? ''));
  t.x_welcome_desk_translation.sort((a, b) => [a.table, a.record_id, a.field, a.locale].join('|').localeCompare([b.table, b.record_id, b.field, b.locale].join('|')));
  return t;
}
