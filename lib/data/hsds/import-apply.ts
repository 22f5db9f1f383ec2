import { createHash } from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client';
import type { DataSharingPolicy, IdDocument, LegalAuthorization, StatusQuestionPolicy } from '../../generated/prisma/enums';
import { refreshSearchForCategory, refreshSearchForServices } from '../search-index';
import type { Counts } from './import-validate';
import { findExisting, type EntityKind, type Existing } from './import-existing';
import { locationOrganizationFromServices } from './import-validate';
import type { Row, Tables } from './tabular';

// Writes validated tables (I2), inside the caller's transaction. Matching is by HSDS id
// (import-existing.ts), so importing the same package twice changes nothing the second
// time. New listings are drafts; listings that exist keep their publication status.
// Tables that are absent leave their data alone; a table that is present replaces what it
// describes for the listings in the upload (hours, categories, languages, translations).

type Tx = Prisma.TransactionClient;

const orNull = (v: string | undefined) => (v ? v : null);
const num = (v: string | undefined) => (v ? Number(v) : null);
const bool = (v: string | undefined, fallback = false) => (v ? v === 'true' : fallback);
const date = (v: string | undefined) => (v ? new Date(v.length === 10 ? `${v}T00:00:00Z` : v) : null);
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function slugify(name: string, id: string) {
  const base = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  const suffix = createHash('sha1').update(id).digest('hex').slice(0, 6);
  return `${base || 'listing'}-${suffix}`;
}

const byKey = (rows: Row[] | undefined, key: string) => {
  const map = new Map<string, Row[]>();
  for (const row of rows ?? []) {
    const k = row[key];
    if (k) map.set(k, [...(map.get(k) ?? []), row]);
  }
  return map;
};

export async function applyTables(tx: Tx, tables: Tables): Promise<Counts> {
  const existing = await findExisting(tx, tables);
  const counts = Object.fromEntries(['organization', 'service', 'location', 'service_at_location', 'taxonomy_term'].map((k) => [k, { create: 0, update: 0 }])) as Counts;
  const resolved: Existing = existing;
  const ext = {
    service: new Map((tables.x_welcome_desk_service ?? []).map((r) => [r.service_id ?? '', r])),
    location: new Map((tables.x_welcome_desk_location ?? []).map((r) => [r.location_id ?? '', r])),
  };
  const phones = { service: byKey(tables.phone, 'service_id'), organization: byKey(tables.phone, 'organization_id'), location: byKey(tables.phone, 'location_id') };
  const firstPhone = (kind: keyof typeof phones, id: string) => phones[kind].get(id)?.[0]?.number;

  async function upsert(kind: EntityKind, id: string, update: () => Promise<unknown>, create: () => Promise<{ id: string }>) {
    if (resolved[kind].has(id)) {
      await update();
      counts[kind].update += 1;
    } else {
      resolved[kind].set(id, (await create()).id);
      counts[kind].create += 1;
    }
  }
  const ours = (kind: EntityKind, id: string) => resolved[kind].get(id)!;

  // Categories (taxonomy terms), then their parents once all exist.
  for (const row of tables.taxonomy_term ?? []) {
    const id = row.id!;
    const data = { name: row.name!, description: row.description ?? '', sourceLocale: row.language || 'en' };
    await upsert('taxonomy_term', id,
      () => tx.category.update({ where: { id: ours('taxonomy_term', id) }, data: { ...data, version: { increment: 1 } } }),
      async () => {
        const taken = row.code ? await tx.category.findUnique({ where: { slug: row.code }, select: { id: true } }) : null;
        const slug = row.code && !taken && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(row.code) ? row.code : slugify(row.name!, id);
        return tx.category.create({ data: { ...data, slug, plainLabel: row.name!, externalId: id }, select: { id: true } });
      });
  }
  for (const row of tables.taxonomy_term ?? []) {
    await tx.category.update({ where: { id: ours('taxonomy_term', row.id!) }, data: { parentId: row.parent_id ? ours('taxonomy_term', row.parent_id) : null } });
  }

  for (const row of tables.organization ?? []) {
    const id = row.id!;
    const data = {
      name: row.name!, alternateName: orNull(row.alternate_name), description: row.description ?? '', email: orNull(row.email),
      website: orNull(row.website), yearFounded: num(row.year_incorporated), legalStatus: orNull(row.legal_status), phone: orNull(firstPhone('organization', id)),
    };
    await upsert('organization', id,
      () => tx.organization.update({ where: { id: ours('organization', id) }, data: { ...data, version: { increment: 1 } } }),
      () => tx.organization.create({ data: { ...data, slug: slugify(row.name!, id), status: 'draft', externalId: id }, select: { id: true } }));
  }

  const addresses = byKey(tables.address, 'location_id');
  const access = byKey(tables.accessibility, 'location_id');
  for (const row of tables.location ?? []) {
    const id = row.id!;
    const x = ext.location.get(id);
    const address = addresses.get(id)?.[0];
    const orgId = row.organization_id || locationOrganizationFromServices(tables, id, resolved)!;
    const data = {
      organizationId: ours('organization', orgId), name: row.name || x?.neighborhood || '', transitDirections: row.transportation ?? '',
      latitude: num(row.latitude), longitude: num(row.longitude), phone: orNull(firstPhone('location', id)),
      ...(x ? { isConfidential: bool(x.confidential), neighborhood: x.neighborhood ?? '', wheelchairAccessible: bool(x.wheelchair_accessible) } : {}),
      ...(tables.address ? { address1: address?.address_1 ?? '', address2: orNull(address?.address_2), city: address?.city ?? '', region: address?.state_province ?? '', postalCode: address?.postal_code ?? '', country: address?.country || 'US' } : {}),
      ...(tables.accessibility ? { accessibilityNotes: access.get(id)?.[0]?.details ?? '' } : {}),
    };
    await upsert('location', id,
      () => tx.location.update({ where: { id: ours('location', id) }, data: { ...data, version: { increment: 1 } } }),
      () => tx.location.create({ data: { ...data, externalId: id }, select: { id: true } }));
  }

  const languages = byKey(tables.language, 'service_id');
  const documents = byKey(tables.required_document, 'service_id');
  for (const row of tables.service ?? []) {
    const id = row.id!;
    const x = ext.service.get(id);
    const data = {
      organizationId: ours('organization', row.organization_id!), name: row.name!, alternateName: orNull(row.alternate_name), description: row.description ?? '',
      website: orNull(row.url), email: orNull(row.email), howToApply: row.application_process ?? '', feesDescription: row.fees_description ?? '',
      eligibility: row.eligibility_description ?? '', alertMessage: orNull(row.alert), phone: orNull(firstPhone('service', id)),
      interpreterAvailable: x ? bool(x.interpreter_available) : !!row.interpretation_services,
      verifiedAt: date(x?.verified_at) ?? date(row.assured_date),
      ...(tables.language ? { languages: (languages.get(id) ?? []).map((l) => l.code || l.name || '').filter(Boolean) } : {}),
      ...(tables.required_document ? { documentsToBring: (documents.get(id) ?? []).map((d) => d.document ?? '').filter(Boolean).join('\n') } : {}),
      ...(x ? {
        sourceLocale: x.source_locale || 'en', summary: x.summary ?? '', isFree: bool(x.free), acceptsWalkIns: bool(x.walk_ins),
        appointmentNeeded: bool(x.appointment_needed), offeredOnline: bool(x.online), offeredByPhone: bool(x.by_phone),
        asksImmigrationStatus: (x.asks_immigration_status || 'unknown') as StatusQuestionPolicy,
        sharesDataWithGovernment: (x.shares_data_with_government || 'unknown') as DataSharingPolicy,
        servesRegardlessOfStatus: bool(x.serves_regardless_of_status), statusSafetyConfirmedAt: date(x.status_safety_confirmed_at),
        legalAuthorization: (x.legal_authorization || 'not_applicable') as LegalAuthorization,
        legalAuthorizationReference: orNull(x.legal_authorization_reference), legalAuthorizationCheckedAt: date(x.legal_authorization_checked_at),
        idsAccepted: (x.ids_accepted ?? '').split(/[\s,]+/).filter(Boolean) as IdDocument[], idsConfirmedAt: date(x.ids_confirmed_at),
      } : {}),
    } satisfies Omit<Prisma.ServiceUncheckedCreateInput, 'slug'>;
    await upsert('service', id,
      () => tx.service.update({ where: { id: ours('service', id) }, data: { ...data, version: { increment: 1 } } }),
      // Lists are never left NULL: search reads them (noIdNeeded = 'none_needed' = ANY(idsAccepted)).
      () => tx.service.create({ data: { languages: [], idsAccepted: [], ...data, slug: slugify(row.name!, id), status: 'draft', externalId: id }, select: { id: true } }));
  }

  for (const row of tables.service_at_location ?? []) {
    const id = row.id!;
    const serviceId = ours('service', row.service_id!);
    const locationId = ours('location', row.location_id!);
    if (!resolved.service_at_location.has(id)) {
      const same = await tx.serviceAtLocation.findUnique({ where: { serviceId_locationId: { serviceId, locationId } }, select: { id: true } });
      if (same) resolved.service_at_location.set(id, same.id);
    }
    await upsert('service_at_location', id,
      () => tx.serviceAtLocation.update({ where: { id: ours('service_at_location', id) }, data: { serviceId, locationId } }),
      () => tx.serviceAtLocation.create({ data: { serviceId, locationId, externalId: id }, select: { id: true } }));
  }

  const serviceIds = (tables.service ?? []).map((r) => ours('service', r.id!));
  if (tables.attribute) {
    await tx.serviceCategory.deleteMany({ where: { serviceId: { in: serviceIds } } });
    const links = tables.attribute.filter((a) => a.link_entity === 'service').map((a) => ({ serviceId: ours('service', a.link_id!), categoryId: ours('taxonomy_term', a.taxonomy_term_id!), isPrimary: a.value === 'primary' }));
    await tx.serviceCategory.createMany({ data: links, skipDuplicates: true });
  }
  if (tables.schedule) {
    await tx.weeklyHours.deleteMany({ where: { serviceId: { in: serviceIds } } });
    const salService = new Map((tables.service_at_location ?? []).map((r) => [r.id!, r.service_id!]));
    const hours = tables.schedule.flatMap((s) => {
      const serviceHsds = s.service_id || salService.get(s.service_at_location_id ?? '');
      if (!serviceHsds || !s.opens_at || !s.closes_at || !s.byday) return [];
      const salId = s.service_at_location_id ? ours('service_at_location', s.service_at_location_id) : null;
      return s.byday.split(',').map((day) => ({ serviceId: ours('service', serviceHsds), serviceAtLocationId: salId, weekday: DAYS.indexOf(day) + 1, opensAt: minutes(s.opens_at!), closesAt: minutes(s.closes_at!) }));
    });
    await tx.weeklyHours.createMany({ data: hours });
  }
  if (tables.x_welcome_desk_translation) await replaceTranslations(tx, tables, ours);

  // Search sees the new listings at once (docs/decisions/006-search.md).
  const firstCategory = tables.taxonomy_term?.[0];
  if (firstCategory) await refreshSearchForCategory(ours('taxonomy_term', firstCategory.id!), tx);
  await refreshSearchForServices(serviceIds, tx);
  return counts;
}

async function replaceTranslations(tx: Tx, tables: Tables, ours: (kind: EntityKind, id: string) => string) {
  const rows = tables.x_welcome_desk_translation ?? [];
  const of = (table: string) => rows.filter((r) => r.table === table).map((r) => ({ our: ours(table as EntityKind, r.record_id!), locale: r.locale!, field: r.field!, value: r.value!, status: r.status as 'reviewed' | 'machine' | 'missing' }));
  const ids = (table: string, key: EntityKind) => (tables[key as 'service'] ?? []).map((r) => ours(key, r.id!)).concat(of(table).map((r) => r.our));
  const service = of('service'), organization = of('organization'), location = of('location'), term = of('taxonomy_term');
  await tx.serviceTranslation.deleteMany({ where: { serviceId: { in: ids('service', 'service') } } });
  await tx.serviceTranslation.createMany({ data: service.map(({ our, ...r }) => ({ ...r, serviceId: our })) });
  await tx.organizationTranslation.deleteMany({ where: { organizationId: { in: ids('organization', 'organization') } } });
  await tx.organizationTranslation.createMany({ data: organization.map(({ our, ...r }) => ({ ...r, organizationId: our })) });
  await tx.locationTranslation.deleteMany({ where: { locationId: { in: ids('location', 'location') } } });
  await tx.locationTranslation.createMany({ data: location.map(({ our, ...r }) => ({ ...r, locationId: our })) });
  await tx.categoryTranslation.deleteMany({ where: { categoryId: { in: ids('taxonomy_term', 'taxonomy_term') } } });
  await tx.categoryTranslation.createMany({ data: term.map(({ our, ...r }) => ({ ...r, categoryId: our })) });
}
