import { LOCALES } from '@/lib/i18n/locales';
import { hsdsIdSchema } from '@/lib/validation/hsds';
import type { EntityKind, Existing } from './import-existing';
import type { Problem, ReadUpload } from './import-read';
import { HSDS_TABLES, TABLE_NAMES, type Row, type TableName } from './tabular';

// Every row is checked before anything is written (I2): required values, types, codes,
// duplicate ids and references (to the upload or to the directory). The preview shows
// the result; apply refuses while any problem remains.

export type Counts = Record<EntityKind, { create: number; update: number }>;
export type Validation = { problems: Problem[]; counts: Counts; ignoredFiles: string[] };

export const TRANSLATABLE: Record<string, string[]> = {
  service: ['name', 'alternateName', 'summary', 'description', 'eligibility', 'howToApply', 'documentsToBring', 'feesDescription', 'alertMessage'],
  organization: ['name', 'alternateName', 'description'],
  location: ['name', 'transitDirections', 'accessibilityNotes'],
  taxonomy_term: ['name', 'plainLabel', 'description'],
};

const BOOL: readonly string[] = ['true', 'false'];

const ENUMS: Partial<Record<TableName, Record<string, readonly string[]>>> = {
  service: { status: ['active', 'inactive', 'defunct', 'temporarily closed'] },
  location: { location_type: ['physical', 'postal', 'virtual'] },
  address: { address_type: ['physical', 'postal', 'virtual'] },
  schedule: { freq: ['WEEKLY'] },
  x_welcome_desk_service: {
    asks_immigration_status: ['never', 'only_if_program_requires', 'yes', 'unknown'],
    shares_data_with_government: ['no', 'only_if_legally_required', 'yes', 'unknown'],
    legal_authorization: ['doj_accredited_representative', 'licensed_attorney', 'none', 'not_applicable'],
    free: BOOL, walk_ins: BOOL, appointment_needed: BOOL, interpreter_available: BOOL, online: BOOL, by_phone: BOOL, serves_regardless_of_status: BOOL,
  },
  x_welcome_desk_location: { confidential: BOOL, wheelchair_accessible: BOOL },
  x_welcome_desk_translation: { table: Object.keys(TRANSLATABLE), status: ['reviewed', 'machine', 'missing'], locale: LOCALES },
};

export const ID_DOCUMENTS = ['none_needed', 'municipal_id', 'consular_id', 'foreign_passport', 'state_id', 'any_photo_id', 'school_id', 'itin_letter'];
const DATE_FIELDS = ['assured_date', 'status_safety_confirmed_at', 'legal_authorization_checked_at', 'ids_confirmed_at', 'verified_at'];
const TIME = /^([01]\d|2[0-4]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d{2}:?\d{2})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DAYS = /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/;

function isUrl(value: string) {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function checkValue(table: TableName, field: string, value: string): boolean {
  const spec = HSDS_TABLES[table] as { numbers?: string[] };
  if (field === 'id' || field.endsWith('_id')) return hsdsIdSchema.safeParse(value).success;
  if (field === 'latitude') return Number.isFinite(Number(value)) && Math.abs(Number(value)) <= 90;
  if (field === 'longitude') return Number.isFinite(Number(value)) && Math.abs(Number(value)) <= 180;
  if (spec.numbers?.includes(field)) return Number.isFinite(Number(value));
  if (field === 'email') return EMAIL.test(value);
  if (field === 'url' || field === 'website') return isUrl(value);
  if (field === 'opens_at' || field === 'closes_at') return TIME.test(value);
  if (field === 'byday') return DAYS.test(value);
  if (field === 'ids_accepted') return value.split(/[\s,]+/).every((v) => ID_DOCUMENTS.includes(v));
  if (DATE_FIELDS.includes(field)) return !Number.isNaN(new Date(value).getTime());
  const allowed = ENUMS[table]?.[field];
  return !allowed || allowed.includes(value);
}

const KIND_OF_TABLE: Partial<Record<TableName, EntityKind>> = {
  organization: 'organization', service: 'service', location: 'location', service_at_location: 'service_at_location', taxonomy_term: 'taxonomy_term',
};

export function validateUpload(read: ReadUpload, existing: Existing): Validation {
  const problems = [...read.problems];
  const { tables } = read;
  const uploaded = (kind: TableName) => new Set((tables[kind] ?? []).map((r) => r.id));
  const known = (kind: EntityKind, id: string) => uploaded(kind).has(id) || existing[kind].has(id);
  const counts = Object.fromEntries(['organization', 'service', 'location', 'service_at_location', 'taxonomy_term'].map((k) => [k, { create: 0, update: 0 }])) as Counts;

  for (const table of TABLE_NAMES) {
    const rows = tables[table];
    if (!rows) continue;
    const spec = HSDS_TABLES[table];
    const file = spec.path;
    const numbers = read.rowNumbers[table] ?? [];
    const seen = new Set<string>();
    rows.forEach((row: Row, i) => {
      const rowNo = numbers[i];
      const add = (code: string, params?: Record<string, string>) => problems.push({ file, row: rowNo, code, params });
      for (const field of spec.required) if (!row[field]) add('required', { field });
      for (const [field, value] of Object.entries(row)) if (value && spec.fields.includes(field) && !checkValue(table, field, value)) add('invalidValue', { field, value: value.slice(0, 60) });
      const key = spec.fields[0] === 'id' ? row.id : table === 'x_welcome_desk_translation' ? [row.table, row.record_id, row.field, row.locale].join('|') : row[spec.fields[0]!];
      if (key) {
        if (seen.has(key)) add('duplicateId', { id: key.slice(0, 80) });
        seen.add(key);
      }
      for (const fk of (spec as { foreignKeys?: { field: string; table: string }[] }).foreignKeys ?? []) {
        const value = row[fk.field];
        if (!value || fk.table === 'taxonomy') continue;
        const target = fk.table as TableName;
        const kind = KIND_OF_TABLE[target];
        const found = kind ? known(kind, value) : uploaded(target).has(value);
        if (!found) add('missingReference', { field: fk.field, id: value.slice(0, 80) });
      }
      const kind = KIND_OF_TABLE[table];
      if (kind && row.id && !seen.has(`counted:${row.id}`)) {
        seen.add(`counted:${row.id}`);
        counts[kind][existing[kind].has(row.id) ? 'update' : 'create'] += 1;
      }
      if (table === 'location' && !row.organization_id && !locationOrganizationFromServices(tables, row.id ?? '', existing)) add('noOrganization');
      if (table === 'x_welcome_desk_translation') {
        const [target, field, recordId] = [row.table ?? '', row.field ?? '', row.record_id ?? ''];
        const fields = TRANSLATABLE[target];
        if (fields && !fields.includes(field)) add('invalidValue', { field: 'field', value: field.slice(0, 60) });
        if (fields && recordId && !known(target as EntityKind, recordId)) add('missingReference', { field: 'record_id', id: recordId.slice(0, 80) });
      }
      if (table === 'attribute' && row.link_entity && row.link_entity !== 'service') add('unsupported', { field: 'link_entity', value: row.link_entity.slice(0, 60) });
      if (table === 'attribute' && row.link_entity === 'service' && row.link_id && !known('service', row.link_id)) add('missingReference', { field: 'link_id', id: row.link_id.slice(0, 80) });
    });
  }
  return { problems, counts, ignoredFiles: read.ignoredFiles };
}

/** A location without organization_id belongs to the organization of a service offered there. */
export function locationOrganizationFromServices(tables: ReadUpload['tables'], locationId: string, existing: Existing): string | undefined {
  const sal = tables.service_at_location?.find((r) => r.location_id === locationId);
  const service = sal && tables.service?.find((r) => r.id === sal.service_id);
  return service?.organization_id || undefined;
}
