// A synthetic directory for the search benchmark (PRODUCT §9, §10): 50,000 services in
// every demo locale, built from the demo service templates (real translated text) spread
// over 2,500 generated organizations. Deterministic: same seed, same rows, same ids.
// Written with bulk INSERT ... SELECT FROM unnest(...), then indexed once.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { HOURS_PATTERNS } from '../../prisma/seed/data/hours';
import { NEIGHBORHOODS } from '../../prisma/seed/data/places';
import { SERVICE_TEMPLATES } from '../../prisma/seed/data/service-templates';
import { TARGET_LOCALES, type ServiceText } from '../../prisma/seed/data/types';
import { seededRandom, type Random } from './random';

export type GenerateOptions = { services: number; organizations: number; seed: number; now: Date };

const ORG_PREFIXES = ['Riverton', 'Capitol', 'Hope', 'Unity', 'New Roots', 'Bridges', 'Harbor', 'Sunrise', 'Maple', 'Open Door', 'Welcome', 'Common Ground', 'Main Street', 'Parkside', 'Lighthouse', 'Horizon'];
const ORG_NOUNS = ['Community Center', 'Legal Aid', 'Family Services', 'Health Clinic', 'Learning Center', 'Workers Center', 'Food Bank', 'Housing Partners', 'Youth Club', 'Refugee Services', 'Library', 'Mutual Aid', 'Neighborhood House', 'Resource Center'];
const LANGUAGE_POOL = ['en', 'es', 'ar', 'fr', 'ht', 'pt', 'zh', 'prs', 'ps', 'vi', 'uk', 'ru', 'sw', 'so', 'ne', 'pl'];
const HOURS_KEYS = Object.keys(HOURS_PATTERNS) as (keyof typeof HOURS_PATTERNS)[];
const TEXT_FIELDS = ['name', 'summary', 'description', 'eligibility', 'howToApply'] as const;

/** A UUID derived from a name, so every run produces the same ids. */
function stableId(name: string): string {
  const h = createHash('sha256').update(`bench:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

type Column = { name: string; type: string; cast?: string };

/** Inserts rows in chunks with one unnest() per column (array columns travel as literals). */
async function insertRows(client: pg.Client, table: string, columns: Column[], rows: unknown[][]) {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const params = columns.map((c, i) => `$${i + 1}::${c.cast ? 'text' : c.type}[]`).join(', ');
  const select = columns.map((c, i) => (c.cast ? `c${i}::${c.cast}` : `c${i}`)).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  for (let start = 0; start < rows.length; start += 5000) {
    const chunk = rows.slice(start, start + 5000);
    await client.query(`INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${params}) AS t (${aliases})`, columns.map((_, i) => chunk.map((row) => row[i])));
  }
}

const arrayLiteral = (values: string[]) => `{${values.join(',')}}`;

export async function generateDirectory(client: pg.Client, categoryIdBySlug: Map<string, string>, options: GenerateOptions) {
  const random = seededRandom(options.seed);
  const now = options.now;
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const neighborhoods = Object.values(NEIGHBORHOODS);

  const organizations: unknown[][] = [];
  const locations: unknown[][] = [];
  const orgMeta: { id: string; name: string; languages: string[]; locationIds: string[] }[] = [];
  for (let i = 0; i < options.organizations; i++) {
    const id = stableId(`organization:${i}`);
    const name = `${random.pick(ORG_PREFIXES)} ${random.pick(ORG_NOUNS)} ${i + 1}`;
    const languages = ['en', ...new Set(Array.from({ length: random.int(1, 4) }, () => random.pick(LANGUAGE_POOL)))].filter((l, k, all) => all.indexOf(l) === k);
    organizations.push([id, `bench-org-${i + 1}`, name, random.chance(0.99) ? 'published' : 'draft', daysAgo(random.int(0, 200)), now, now]);
    const locationIds: string[] = [];
    for (let k = 0; k < random.int(1, 2); k++) {
      const place = random.pick(neighborhoods);
      const locationId = stableId(`location:${i}:${k}`);
      locationIds.push(locationId);
      locations.push([
        locationId, id, `${name} site ${k + 1}`, `${random.int(1, 999)} Main Street`, 'Riverton', 'CT', place.postalCode, place.name,
        place.lat + (random.next() - 0.5) * 0.02, place.lng + (random.next() - 0.5) * 0.02, random.chance(0.02), random.chance(0.85), now, now,
      ]);
    }
    orgMeta.push({ id, name, languages, locationIds });
  }
  await insertRows(client, 'Organization', [
    { name: 'id', type: 'uuid' }, { name: 'slug', type: 'text' }, { name: 'name', type: 'text' },
    { name: 'status', type: 'text', cast: '"PublicationStatus"' }, { name: 'verifiedAt', type: 'timestamp' },
    { name: 'createdAt', type: 'timestamp' }, { name: 'updatedAt', type: 'timestamp' },
  ], organizations);
  await insertRows(client, 'Location', [
    { name: 'id', type: 'uuid' }, { name: 'organizationId', type: 'uuid' }, { name: 'name', type: 'text' }, { name: 'address1', type: 'text' },
    { name: 'city', type: 'text' }, { name: 'region', type: 'text' }, { name: 'postalCode', type: 'text' }, { name: 'neighborhood', type: 'text' },
    { name: 'latitude', type: 'float8' }, { name: 'longitude', type: 'float8' }, { name: 'isConfidential', type: 'bool' },
    { name: 'wheelchairAccessible', type: 'bool' }, { name: 'createdAt', type: 'timestamp' }, { name: 'updatedAt', type: 'timestamp' },
  ], locations);

  const rows = { services: [] as unknown[][], translations: [] as unknown[][], categories: [] as unknown[][], sals: [] as unknown[][], hours: [] as unknown[][], exceptions: [] as unknown[][] };
  const today = now.toISOString().slice(0, 10);
  for (let i = 0; i < options.services; i++) {
    addService(i, random, rows);
  }

  function addService(i: number, r: Random, out: typeof rows) {
    const template = r.pick(SERVICE_TEMPLATES);
    const org = r.pick(orgMeta);
    const id = stableId(`service:${i}`);
    const en = template.text.en;
    const traits = template.traits;
    const verifiedDays = r.chance(0.03) ? r.int(400, 700) : r.chance(0.05) ? r.int(190, 300) : r.int(0, 180);
    const status = r.chance(0.97) ? 'published' : r.chance(0.5) ? 'draft' : 'archived';
    out.services.push([
      id, `${template.slug}-${i + 1}`, org.id, status, 'en', en.name, en.summary, en.description, en.eligibility, en.howToApply.join('\n'),
      r.chance(0.3) ? !traits.isFree : traits.isFree, r.chance(0.2) ? !traits.acceptsWalkIns : traits.acceptsWalkIns,
      traits.appointmentNeeded, r.chance(0.2) ? !traits.interpreterAvailable : traits.interpreterAvailable, traits.offeredOnline, traits.offeredByPhone,
      arrayLiteral(org.languages), r.chance(0.6), arrayLiteral(r.chance(0.4) ? ['none_needed'] : traits.ids),
      daysAgo(verifiedDays), daysAgo(verifiedDays + 30), now,
    ]);
    for (const locale of TARGET_LOCALES) {
      // About one service in ten lacks a locale: translations are never complete.
      if (r.chance(0.1)) continue;
      const text: Partial<ServiceText> = template.text[locale] ?? {};
      for (const field of TEXT_FIELDS) {
        const value = field === 'howToApply' ? text.howToApply?.join('\n') : text[field];
        if (value) out.translations.push([stableId(`translation:${i}:${locale}:${field}`), id, locale, field, value, now]);
      }
    }
    out.categories.push([id, categoryIdBySlug.get(template.primary)!, true]);
    if (template.secondary) out.categories.push([id, categoryIdBySlug.get(template.secondary)!, false]);
    const places = r.chance(0.1) ? [] : org.locationIds.slice(0, r.int(1, org.locationIds.length));
    const salIds = places.map((locationId, k) => {
      const salId = stableId(`sal:${i}:${k}`);
      out.sals.push([salId, id, locationId]);
      return salId;
    });
    const pattern = HOURS_PATTERNS[r.chance(0.7) ? template.hours : r.pick(HOURS_KEYS)];
    for (const salId of salIds.length ? salIds : [null]) {
      for (const span of pattern) {
        for (const weekday of span.days) out.hours.push([stableId(`hours:${i}:${salId}:${weekday}:${span.opens}`), id, salId, weekday, span.opens, span.closes]);
      }
    }
    if (r.chance(0.01)) out.exceptions.push([stableId(`exception:${i}`), id, null, today, true]);
  }

  await insertRows(client, 'Service', [
    { name: 'id', type: 'uuid' }, { name: 'slug', type: 'text' }, { name: 'organizationId', type: 'uuid' },
    { name: 'status', type: 'text', cast: '"PublicationStatus"' }, { name: 'sourceLocale', type: 'text' }, { name: 'name', type: 'text' },
    { name: 'summary', type: 'text' }, { name: 'description', type: 'text' }, { name: 'eligibility', type: 'text' }, { name: 'howToApply', type: 'text' },
    { name: 'isFree', type: 'bool' }, { name: 'acceptsWalkIns', type: 'bool' }, { name: 'appointmentNeeded', type: 'bool' },
    { name: 'interpreterAvailable', type: 'bool' }, { name: 'offeredOnline', type: 'bool' }, { name: 'offeredByPhone', type: 'bool' },
    { name: 'languages', type: 'text', cast: 'text[]' }, { name: 'servesRegardlessOfStatus', type: 'bool' },
    { name: 'idsAccepted', type: 'text', cast: '"IdDocument"[]' }, { name: 'verifiedAt', type: 'timestamp' },
    { name: 'createdAt', type: 'timestamp' }, { name: 'updatedAt', type: 'timestamp' },
  ], rows.services);
  await insertRows(client, 'ServiceTranslation', [
    { name: 'id', type: 'uuid' }, { name: 'serviceId', type: 'uuid' }, { name: 'locale', type: 'text' }, { name: 'field', type: 'text' },
    { name: 'value', type: 'text' }, { name: 'updatedAt', type: 'timestamp' },
  ], rows.translations);
  await insertRows(client, 'ServiceCategory', [{ name: 'serviceId', type: 'uuid' }, { name: 'categoryId', type: 'uuid' }, { name: 'isPrimary', type: 'bool' }], rows.categories);
  await insertRows(client, 'ServiceAtLocation', [{ name: 'id', type: 'uuid' }, { name: 'serviceId', type: 'uuid' }, { name: 'locationId', type: 'uuid' }], rows.sals);
  await insertRows(client, 'WeeklyHours', [
    { name: 'id', type: 'uuid' }, { name: 'serviceId', type: 'uuid' }, { name: 'serviceAtLocationId', type: 'uuid' },
    { name: 'weekday', type: 'int2' }, { name: 'opensAt', type: 'int2' }, { name: 'closesAt', type: 'int2' },
  ], rows.hours);
  await insertRows(client, 'HoursException', [
    { name: 'id', type: 'uuid' }, { name: 'serviceId', type: 'uuid' }, { name: 'serviceAtLocationId', type: 'uuid' },
    { name: 'date', type: 'date' }, { name: 'closed', type: 'bool' },
  ], rows.exceptions);
  return { organizations: organizations.length, services: rows.services.length, translations: rows.translations.length };
}
