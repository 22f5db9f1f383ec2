import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

// The official HSDS 3.0 schema files (tests/fixtures/hsds-3.0, see its README), loaded into
// ajv. Their quirks: keywords of the tabular format ("constraints", "core", "name", "order",
// "path"...) that JSON Schema does not know, so strict mode is off; `format: "csv"` at the
// top of each file and `format: "%Y"` on year_incorporated, declared here as no-ops.

const DIR = path.join(import.meta.dirname, '../../fixtures/hsds-3.0/schema');

export type HsdsSchema = { properties: Record<string, { type?: string; $ref?: string; items?: unknown }>; required?: string[]; tabular_required?: string[]; path: string };

export function loadHsdsSchemas(): Record<string, HsdsSchema> {
  return Object.fromEntries(fs.readdirSync(DIR).map((file) => [file.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'))]));
}

export function hsdsAjv() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('csv', true);
  ajv.addFormat('%Y', true);
  for (const [name, schema] of Object.entries(loadHsdsSchemas())) ajv.addSchema(schema, `${name}.json`);
  return ajv;
}

/** The columns of a table: the schema's properties that are not nested objects or arrays. */
export const tabularFields = (schema: HsdsSchema) =>
  Object.entries(schema.properties).filter(([, p]) => p.type !== 'array' && !p.$ref).map(([name]) => name);
