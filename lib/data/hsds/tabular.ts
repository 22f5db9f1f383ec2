// The HSDS 3.0 tables we exchange, with their columns in the order of the official schema
// files (tests/fixtures/hsds-3.0/schema/*.json; a test checks them), plus our extension
// tables. File names are the schemas' own `path`, including HSDS 3.0's "addresss.csv" and
// singular "service_at_location.csv".

export type TableSpec = {
  name: string;
  path: string;
  fields: string[];
  /** Columns a row must fill (the schema's `required` and `tabular_required`). */
  required: string[];
  numbers?: string[];
  foreignKeys?: { field: string; table: string }[];
  extension?: boolean;
};

export const HSDS_TABLES = {
  organization: {
    name: 'organization', path: 'organizations.csv',
    fields: ['id', 'name', 'alternate_name', 'description', 'email', 'website', 'year_incorporated', 'legal_status', 'logo', 'uri', 'parent_organization_id'],
    required: ['id', 'name', 'description'], numbers: ['year_incorporated'],
  },
  service: {
    name: 'service', path: 'services.csv',
    fields: ['id', 'organization_id', 'program_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'interpretation_services',
      'application_process', 'fees_description', 'accreditations', 'eligibility_description', 'minimum_age', 'maximum_age', 'assured_date',
      'assurer_email', 'alert'],
    required: ['id', 'name', 'status', 'organization_id'], numbers: ['minimum_age', 'maximum_age'],
    foreignKeys: [{ field: 'organization_id', table: 'organization' }],
  },
  service_at_location: {
    name: 'service_at_location', path: 'service_at_location.csv',
    fields: ['id', 'service_id', 'location_id', 'description'],
    required: ['id', 'service_id', 'location_id'],
    foreignKeys: [{ field: 'service_id', table: 'service' }, { field: 'location_id', table: 'location' }],
  },
  location: {
    name: 'location', path: 'locations.csv',
    fields: ['id', 'location_type', 'url', 'organization_id', 'name', 'alternate_name', 'description', 'transportation', 'latitude', 'longitude',
      'external_identifier', 'external_identifier_type'],
    required: ['id', 'location_type'], numbers: ['latitude', 'longitude'],
    foreignKeys: [{ field: 'organization_id', table: 'organization' }],
  },
  phone: {
    name: 'phone', path: 'phones.csv',
    fields: ['id', 'location_id', 'service_id', 'organization_id', 'contact_id', 'service_at_location_id', 'number', 'extension', 'type', 'description'],
    required: ['id', 'number'], numbers: ['extension'],
    foreignKeys: [{ field: 'location_id', table: 'location' }, { field: 'service_id', table: 'service' }, { field: 'organization_id', table: 'organization' }, { field: 'service_at_location_id', table: 'service_at_location' }],
  },
  address: {
    name: 'address', path: 'addresss.csv',
    fields: ['id', 'location_id', 'attention', 'address_1', 'address_2', 'city', 'region', 'state_province', 'postal_code', 'country', 'address_type'],
    required: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
    foreignKeys: [{ field: 'location_id', table: 'location' }],
  },
  schedule: {
    name: 'schedule', path: 'schedules.csv',
    fields: ['id', 'service_id', 'location_id', 'service_at_location_id', 'valid_from', 'valid_to', 'dtstart', 'timezone', 'until', 'count', 'wkst',
      'freq', 'interval', 'byday', 'byweekno', 'bymonthday', 'byyearday', 'description', 'opens_at', 'closes_at', 'schedule_link', 'attending_type', 'notes'],
    required: ['id'], numbers: ['timezone', 'interval', 'bymonthday', 'byyearday'],
    foreignKeys: [{ field: 'service_id', table: 'service' }, { field: 'location_id', table: 'location' }, { field: 'service_at_location_id', table: 'service_at_location' }],
  },
  language: {
    name: 'language', path: 'languages.csv',
    fields: ['id', 'service_id', 'location_id', 'phone_id', 'name', 'code', 'note'],
    required: ['id'],
    foreignKeys: [{ field: 'service_id', table: 'service' }, { field: 'location_id', table: 'location' }],
  },
  required_document: {
    name: 'required_document', path: 'required_documents.csv',
    fields: ['id', 'service_id', 'document'], required: ['id'],
    foreignKeys: [{ field: 'service_id', table: 'service' }],
  },
  accessibility: {
    name: 'accessibility', path: 'accessibility.csv',
    fields: ['id', 'location_id', 'description', 'details', 'url'], required: ['id'],
    foreignKeys: [{ field: 'location_id', table: 'location' }],
  },
  taxonomy: {
    name: 'taxonomy', path: 'taxonomies.csv',
    fields: ['id', 'name', 'description', 'uri'], required: ['id', 'name', 'description'],
  },
  taxonomy_term: {
    name: 'taxonomy_term', path: 'taxonomy_terms.csv',
    fields: ['id', 'code', 'name', 'description', 'parent_id', 'language', 'taxonomy_id', 'term_uri'],
    required: ['id', 'name', 'description'],
    foreignKeys: [{ field: 'parent_id', table: 'taxonomy_term' }, { field: 'taxonomy_id', table: 'taxonomy' }],
  },
  attribute: {
    name: 'attribute', path: 'attributes.csv',
    fields: ['id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value'],
    required: ['id', 'link_type', 'link_id', 'taxonomy_term_id', 'link_entity'],
    foreignKeys: [{ field: 'taxonomy_term_id', table: 'taxonomy_term' }],
  },
  // Extensions (docs/decisions/010-hsds.md): what HSDS has no column for.
  x_welcome_desk_service: {
    name: 'x_welcome_desk_service', path: 'x_welcome_desk_services.csv', extension: true,
    fields: ['service_id', 'source_locale', 'summary', 'free', 'walk_ins', 'appointment_needed', 'interpreter_available', 'online', 'by_phone',
      'asks_immigration_status', 'shares_data_with_government', 'serves_regardless_of_status', 'status_safety_confirmed_at',
      'legal_authorization', 'legal_authorization_reference', 'legal_authorization_checked_at', 'ids_accepted', 'ids_confirmed_at', 'verified_at'],
    required: ['service_id'],
    foreignKeys: [{ field: 'service_id', table: 'service' }],
  },
  x_welcome_desk_location: {
    name: 'x_welcome_desk_location', path: 'x_welcome_desk_locations.csv', extension: true,
    fields: ['location_id', 'confidential', 'neighborhood', 'wheelchair_accessible'],
    required: ['location_id'],
    foreignKeys: [{ field: 'location_id', table: 'location' }],
  },
  x_welcome_desk_translation: {
    name: 'x_welcome_desk_translation', path: 'x_welcome_desk_translations.csv', extension: true,
    fields: ['table', 'record_id', 'field', 'locale', 'status', 'value'],
    required: ['table', 'record_id', 'field', 'locale', 'status', 'value'],
  },
} satisfies Record<string, TableSpec>;

export type TableName = keyof typeof HSDS_TABLES;
export type Row = Record<string, string>;
export type Tables = Partial<Record<TableName, Row[]>>;

export const TABLE_NAMES = Object.keys(HSDS_TABLES) as TableName[];

export const tableByPath = (path: string): TableName | undefined =>
  TABLE_NAMES.find((name) => HSDS_TABLES[name].path === path) ??
  // Accept the spelling other tools use for two HSDS 3.0 files.
  ({ 'addresses.csv': 'address', 'services_at_location.csv': 'service_at_location', 'service_at_locations.csv': 'service_at_location' } as Record<string, TableName>)[path];
