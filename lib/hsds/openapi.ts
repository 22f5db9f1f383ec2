import { LOCALES } from '@/lib/i18n/locales';
import { HSDS_DEFAULT_PER_PAGE, HSDS_MAX_PER_PAGE } from '@/lib/validation/hsds';

// The OpenAPI 3.1 description of /api/hsds (hand-written; tests/integration/hsds-api.test.ts
// checks that it lists exactly our routes and parameters). Record shapes refer to the official HSDS 3.0
// schemas; what we add is described here, under `x_welcome_desk`.

const ref = (name: string) => ({ $ref: `https://raw.githubusercontent.com/openreferral/specification/3.0/schema/${name}.json` });
const param = (name: string, description: string, schema: object = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });

const common = [
  param('locale', 'Language of the texts. Untranslated texts are given in their source language; x_welcome_desk.text says which language each text is in and how it was translated.', { type: 'string', enum: LOCALES }),
  param('page', 'Page number, from 1.', { type: 'integer', minimum: 1, maximum: 10000, default: 1 }),
  param('per_page', `Records per page (at most ${HSDS_MAX_PER_PAGE}).`, { type: 'integer', minimum: 1, maximum: HSDS_MAX_PER_PAGE, default: HSDS_DEFAULT_PER_PAGE }),
  param('search', 'Words in the name or description (any language the listing is written in).', { type: 'string', maxLength: 200 }),
  param('modified_after', 'Only records changed after this date or date-time (ISO 8601).', { type: 'string', format: 'date-time' }),
];
const serviceFilters = [
  param('taxonomy_term_id', 'Only services in this category (a taxonomy term id).'),
  param('taxonomy_id', `Only terms of this taxonomy. This directory has one taxonomy.`),
  param('organization_id', 'Only services of this organization.'),
  param('postcode', 'Only services at a place with this postal code. Confidential places never match.', { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9 -]{1,11}$' }),
  param('proximity', 'With postcode: places within this many miles of the postcode’s centre (confidential places count at their neighborhood’s centre).', { type: 'number', exclusiveMinimum: 0, maximum: 100 }),
  param('full_service', 'true: each record is given in full (organization, places, schedules, categories...).', { type: 'boolean', default: false }),
];
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,200}$' } };

const error = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const page = (item: object) => ({
  description: 'One page of records',
  content: { 'application/json': { schema: { allOf: [{ $ref: '#/components/schemas/Page' }, { properties: { contents: { type: 'array', items: item } } }] } } },
});
const one = (item: object) => ({ description: 'The record', content: { 'application/json': { schema: item } } });

const listAndItem = (path: string, tag: string, schema: object, filters: object[] = []) => ({
  [`/${path}`]: { get: { tags: [tag], summary: `List ${path}`, parameters: [...common, ...filters], responses: { 200: page(schema), 400: error, 503: error } } },
  [`/${path}/{id}`]: { get: { tags: [tag], summary: `One of ${path}`, parameters: [idParam, common[0]], responses: { 200: one(schema), 400: error, 404: error, 503: error } } },
});

const withExtension = (name: string, extension: string) => ({ allOf: [ref(name), { properties: { x_welcome_desk: { $ref: `#/components/schemas/${extension}` } } }] });

export const hsdsOpenApi = {
  openapi: '3.1.0',
  info: {
    title: 'Welcome Desk — Open Referral HSDS 3.0 API',
    version: '3.0',
    description:
      'Published listings of this directory in the Human Services Data Specification 3.0. Only published, recently verified listings of published organizations appear; confidential places give their neighborhood, never an address or coordinates. Everything HSDS has no field for is in one extension object per record, `x_welcome_desk` (docs/decisions/010-hsds.md).',
  },
  servers: [{ url: '/api/hsds' }],
  paths: {
    '/': {
      get: {
        summary: 'Version, profile and this document',
        responses: { 200: { description: 'About the API', content: { 'application/json': { schema: { type: 'object', required: ['version', 'profile', 'openapi_url'], properties: { version: { type: 'string' }, profile: { type: 'string' }, openapi_url: { type: 'string' } } } } } } },
      },
    },
    ...listAndItem('services', 'services', withExtension('service', 'ServiceExtension'), serviceFilters),
    ...listAndItem('organizations', 'organizations', withExtension('organization', 'OrganizationExtension'), [serviceFilters[2]!]),
    ...listAndItem('service_at_locations', 'services', ref('service_at_location'), serviceFilters),
    ...listAndItem('taxonomies', 'taxonomies', ref('taxonomy')),
    ...listAndItem('taxonomy_terms', 'taxonomies', withExtension('taxonomy_term', 'TaxonomyTermExtension'), [serviceFilters[1]!]),
  },
  components: {
    schemas: {
      Page: {
        type: 'object',
        required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
        properties: {
          total_items: { type: 'integer' }, total_pages: { type: 'integer' }, page_number: { type: 'integer' }, size: { type: 'integer', description: 'per_page' },
          first_page: { type: 'boolean' }, last_page: { type: 'boolean' }, empty: { type: 'boolean', description: 'This page has no records.' }, contents: { type: 'array' },
        },
      },
      Error: {
        type: 'object', required: ['status', 'error', 'message'],
        properties: {
          status: { type: 'integer' }, error: { type: 'string', enum: ['bad_request', 'not_found', 'unavailable'] },
          message: { type: 'string', description: 'In the language of ?locale= (English by default).' },
          parameter: { type: 'string', description: 'The parameter that was refused (400 only).' },
        },
      },
      TextInfo: {
        type: 'object', description: 'Per text field: the language it is actually in, and source | reviewed | machine | fallback (source text shown because no translation exists).',
        additionalProperties: { type: 'object', properties: { language: { type: 'string' }, status: { type: 'string', enum: ['source', 'reviewed', 'machine', 'fallback'] } } },
      },
      ServiceExtension: {
        type: 'object',
        properties: {
          page: { type: 'string', description: 'Path of the listing on this site.' },
          summary: { type: 'string' }, verified_at: { type: 'string', format: 'date-time', description: 'Last verified (also in assured_date).' },
          last_modified: { type: 'string', format: 'date-time' }, text: { $ref: '#/components/schemas/TextInfo' },
          free: { type: 'boolean' }, walk_ins: { type: 'boolean' }, appointment_needed: { type: 'boolean' }, interpreter_available: { type: 'boolean' }, online: { type: 'boolean' }, by_phone: { type: 'boolean' },
          status_safety: {
            type: 'object', description: 'Does the service ask about immigration status, share data with government, serve everyone?',
            properties: {
              asks_immigration_status: { enum: ['never', 'only_if_program_requires', 'yes', 'unknown'] },
              shares_data_with_government: { enum: ['no', 'only_if_legally_required', 'yes', 'unknown'] },
              serves_regardless_of_status: { type: 'boolean' }, confirmed_at: { type: 'string', format: 'date-time' },
            },
          },
          legal_authorization: {
            type: 'object', description: 'Who may give immigration legal advice here.',
            properties: { kind: { enum: ['doj_accredited_representative', 'licensed_attorney', 'none', 'not_applicable'] }, reference: { type: 'string' }, checked_at: { type: 'string', format: 'date-time' } },
          },
          ids_accepted: { type: 'array', items: { enum: ['none_needed', 'municipal_id', 'consular_id', 'foreign_passport', 'state_id', 'any_photo_id', 'school_id', 'itin_letter'] } },
          ids_confirmed_at: { type: 'string', format: 'date-time' },
        },
      },
      OrganizationExtension: {
        type: 'object',
        properties: {
          page: { type: 'string' }, verified_at: { type: 'string', format: 'date-time' }, last_modified: { type: 'string', format: 'date-time' },
          text: { $ref: '#/components/schemas/TextInfo' },
          services: { type: 'array', description: 'On /organizations/{id}: its published services.', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } },
          events: {
            type: 'array', description: 'On /organizations/{id}: its next event occurrences (HSDS 3.0 has no events), soonest first.',
            items: {
              type: 'object',
              properties: {
                slug: { type: 'string' }, title: { type: 'string' }, summary: { type: 'string' }, starts_at: { type: 'string', format: 'date-time' },
                ends_at: { type: 'string', format: 'date-time' }, all_day: { type: 'boolean' }, timezone: { type: 'string', description: 'IANA zone' },
                free: { type: 'boolean' }, online: { type: 'boolean' }, place: { type: 'string', description: 'Place name (the neighborhood for a confidential place).' },
                text: { $ref: '#/components/schemas/TextInfo' },
              },
            },
          },
        },
      },
      LocationExtension: {
        type: 'object', description: 'On each location (service_at_locations[].location).',
        properties: { confidential: { type: 'boolean', description: 'true: name is the neighborhood; no address, no coordinates.' }, neighborhood: { type: 'string' }, wheelchair_accessible: { type: 'boolean' } },
      },
      TaxonomyTermExtension: {
        type: 'object', properties: { open_eligibility_code: { type: 'string' }, airs_code: { type: 'string' }, text: { $ref: '#/components/schemas/TextInfo' } },
      },
    },
  },
} as const;
