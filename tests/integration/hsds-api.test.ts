import { afterAll, describe, expect, it } from 'vitest';
import * as root from '../../app/api/hsds/route';
import * as organizations from '../../app/api/hsds/organizations/route';
import * as organization from '../../app/api/hsds/organizations/[id]/route';
import * as serviceAtLocations from '../../app/api/hsds/service_at_locations/route';
import * as serviceAtLocation from '../../app/api/hsds/service_at_locations/[id]/route';
import * as services from '../../app/api/hsds/services/route';
import * as service from '../../app/api/hsds/services/[id]/route';
import * as taxonomies from '../../app/api/hsds/taxonomies/route';
import * as taxonomyTerms from '../../app/api/hsds/taxonomy_terms/route';
import * as taxonomyTerm from '../../app/api/hsds/taxonomy_terms/[id]/route';
import { verificationCutoff } from '../../lib/data/visibility';
import { testDb } from './support/db';
import { hsdsAjv } from './support/hsds-schemas';

// The HSDS API through its route handlers (real database, real Request/Response). Every
// body is validated against the official HSDS 3.0 schema files with ajv.

const db = testDb();
afterAll(() => db.$disconnect());
const ajv = hsdsAjv();

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const list = (handler: { GET: (r: Request) => Promise<Response> }, query = '') => handler.GET(new Request(`http://test/api/hsds/x${query}`));
const item = (handler: { GET: (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response> }, id: string, query = '') =>
  handler.GET(new Request(`http://test/api/hsds/x/${id}${query}`), { params: Promise.resolve({ id }) });

function expectValid(schema: string, body: unknown) {
  const validate = ajv.getSchema(`${schema}.json`)!;
  const ok = validate(body);
  expect(ok, JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
}

function expectPage(body: Json, schema: string) {
  expect(Object.keys(body).sort()).toEqual(['contents', 'empty', 'first_page', 'last_page', 'page_number', 'size', 'total_items', 'total_pages']);
  for (const entry of body.contents) expectValid(schema, entry);
}

async function hideAfterDays() {
  return (await db.settings.findUniqueOrThrow({ where: { id: 1 } })).verifyHideAfterDays;
}

describe('HSDS API', () => {
  it('answers / with the version, profile and OpenAPI address', async () => {
    const body = await (await root.GET()).json();
    expect(body).toMatchObject({ version: '3.0', openapi_url: '/api/hsds/openapi.json' });
    expect(body.profile).toMatch(/^https:\/\//);
  });

  it('lists services in the HSDS page shape, each valid against service.json, capped per page', async () => {
    const response = await list(services, '?per_page=100');
    expect(response.status).toBe(200);
    const body: Json = await response.json();
    expectPage(body, 'service');
    expect(body.size).toBe(100);
    expect(body.total_items).toBeGreaterThan(50);
    expect((await list(services, '?per_page=101')).status).toBe(400);
    const beyond: Json = await (await list(services, `?per_page=100&page=${body.total_pages + 1}`)).json();
    expect(beyond).toMatchObject({ empty: true, last_page: true, contents: [] });
  });

  it('gives full services (organization, places, schedules, categories) valid against the schemas', async () => {
    const body: Json = await (await list(services, '?full_service=true&per_page=30')).json();
    expectPage(body, 'service');
    const withPlace = body.contents.find((s: Json) => s.service_at_locations.length > 0);
    expectValid('service_at_location', withPlace.service_at_locations[0]);
    expectValid('organization', withPlace.organization);
    const one: Json = await (await item(service, body.contents[0].id)).json();
    expectValid('service', one);
    expect(one.x_welcome_desk.status_safety).toBeDefined();
    for (const attribute of one.attributes) expectValid('taxonomy_term', attribute.taxonomy_term);
  });

  it('never serves hidden listings and answers unknown or malformed ids as JSON errors', async () => {
    const stale = await db.service.findFirstOrThrow({ where: { status: 'published', verifiedAt: { lt: verificationCutoff(await hideAfterDays()) } } });
    const visible: Json = (await (await list(services)).json()).contents[0];
    await db.service.update({ where: { id: visible.id }, data: { status: 'draft' } });
    try {
      for (const id of [stale.id, visible.id, '00000000-0000-4000-8000-000000000000']) {
        const response = await item(service, id);
        expect(response.status).toBe(404);
        expect((await response.json()).error).toBe('not_found');
      }
    } finally {
      await db.service.update({ where: { id: visible.id }, data: { status: 'published' } });
    }
    expect((await item(service, 'not a valid id!')).status).toBe(400);
    const found: Json = await (await list(services, `?search=${encodeURIComponent(stale.name)}`)).json();
    expect(found.contents.map((s: Json) => s.id)).not.toContain(stale.id);
  });

  it('keeps confidential places to their neighborhood: no address, no coordinates', async () => {
    const secret = await db.location.findFirstOrThrow({ where: { isConfidential: true, services: { some: {} } }, include: { services: true } });
    const sal = secret.services[0]!;
    const response = await item(serviceAtLocation, sal.id);
    if (response.status === 200) {
      const body: Json = await response.json();
      expectValid('service_at_location', body);
      expect(body.location.addresss).toEqual([]);
      expect(body.location.latitude).toBeUndefined();
      expect(JSON.stringify(body)).not.toContain(secret.address1);
    }
    const all: Json = await (await list(serviceAtLocations, '?per_page=100&full_service=true')).json();
    expectPage(all, 'service_at_location');
    expect(JSON.stringify(all)).not.toContain(secret.address1);
    const byPostcode: Json = await (await list(services, `?postcode=${encodeURIComponent(secret.postalCode)}&per_page=100`)).json();
    expect(byPostcode.contents.map((s: Json) => s.id)).not.toContain(sal.serviceId);
  });

  it('translates content with ?locale=, falling back to the source text', async () => {
    const translated = await db.serviceTranslation.findFirstOrThrow({ where: { locale: 'es', field: 'name', status: { not: 'missing' }, service: { status: 'published', verifiedAt: { gte: verificationCutoff(await hideAfterDays()) } } } });
    const body: Json = await (await item(service, translated.serviceId, '?locale=es')).json();
    expect(body.name).toBe(translated.value);
    expect(body.x_welcome_desk.text.name).toEqual({ language: 'es', status: translated.status });
    const english: Json = await (await item(service, translated.serviceId)).json();
    expect(english.x_welcome_desk.text.name.status).toBe('source');
  });

  it('refuses bad parameters with a 400 in the requested language', async () => {
    for (const query of ['?page=0', '?page=abc', '?per_page=-1', '?modified_after=yesterday', '?proximity=5', '?full_service=yes', '?locale=xx', '?page=1&page=2', '?postcode=<script>']) {
      const response = await list(services, query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/json');
    }
    const en: Json = await (await list(services, '?page=0')).json();
    const es: Json = await (await list(services, '?page=0&locale=es')).json();
    expect(en.parameter).toBe('page');
    expect(es.message).not.toBe(en.message);
  });

  it('filters by taxonomy term, organization, modification date and postcode', async () => {
    const terms: Json = await (await list(taxonomyTerms, '?per_page=100')).json();
    expectPage(terms, 'taxonomy_term');
    const term = terms.contents[0];
    expectValid('taxonomy_term', await (await item(taxonomyTerm, term.id)).json());
    const inTerm: Json = await (await list(services, `?taxonomy_term_id=${term.id}&full_service=true`)).json();
    expect(inTerm.total_items).toBeGreaterThan(0);
    for (const s of inTerm.contents) expect(s.attributes.map((a: Json) => a.taxonomy_term_id)).toContain(term.id);

    const orgs: Json = await (await list(organizations, '?per_page=100')).json();
    expectPage(orgs, 'organization');
    const org = orgs.contents[0];
    expectValid('organization', await (await item(organization, org.id)).json());
    const ofOrg: Json = await (await list(services, `?organization_id=${org.id}`)).json();
    for (const s of ofOrg.contents) expect(s.organization_id).toBe(org.id);

    expect((await (await list(services, '?modified_after=2999-01-01')).json()).total_items).toBe(0);
    const place = await db.location.findFirstOrThrow({ where: { isConfidential: false, postalCode: { not: '' }, services: { some: { service: { status: 'published' } } } } });
    const near: Json = await (await list(services, `?postcode=${place.postalCode}&full_service=true`)).json();
    for (const s of near.contents) expect(s.service_at_locations.some((l: Json) => l.location.addresss[0]?.postal_code === place.postalCode)).toBe(true);

    const host = await db.organization.findFirstOrThrow({ where: { status: 'published', events: { some: { status: 'published', recurrenceRule: { not: null } } } } });
    const withEvents: Json = await (await item(organization, host.id, '?locale=es')).json();
    expectValid('organization', withEvents);
    expect(withEvents.x_welcome_desk.events.length).toBeGreaterThan(0);
    expect(withEvents.x_welcome_desk.events[0]).toMatchObject({ starts_at: expect.any(String), timezone: expect.any(String) });

    const taxonomyList: Json = await (await list(taxonomies)).json();
    expectPage(taxonomyList, 'taxonomy');
    expect((await (await list(services, '?taxonomy_id=something-else')).json()).total_items).toBe(0);
  });
});

describe('HSDS OpenAPI document', () => {
  it('is OpenAPI 3.1 and lists exactly the routes that answer', async () => {
    const { GET } = await import('../../app/api/hsds/openapi.json/route');
    const doc: Json = await (await GET()).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/', '/organizations', '/organizations/{id}', '/service_at_locations', '/service_at_locations/{id}', '/services', '/services/{id}',
      '/taxonomies', '/taxonomies/{id}', '/taxonomy_terms', '/taxonomy_terms/{id}',
    ]);
    const documented = doc.paths['/services'].get.parameters.map((p: Json) => p.name).sort();
    expect(documented).toEqual(['full_service', 'locale', 'modified_after', 'organization_id', 'page', 'per_page', 'postcode', 'proximity', 'search', 'taxonomy_id', 'taxonomy_term_id']);
  });
});
