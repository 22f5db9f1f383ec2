import { stringify } from 'csv-stringify/sync';
import { zipSync, strToU8 } from 'fflate';
import { HSDS_TABLES, TABLE_NAMES, type TableSpec, type Tables } from './tabular';

// Tables → the files of an HSDS Tabular Data Package: one CSV per table (UTF-8, header row,
// every column of the schema in its order) and datapackage.json describing them.

export type PackageFiles = Record<string, string>;

function fieldType(spec: TableSpec, field: string) {
  return spec.numbers?.includes(field) ? 'number' : 'string';
}

function datapackage(tables: Tables) {
  return {
    name: 'welcome-desk-hsds',
    title: 'Welcome Desk directory (Open Referral HSDS 3.0)',
    profile: 'tabular-data-package',
    version: '3.0',
    resources: TABLE_NAMES.filter((name) => tables[name]).map((name) => {
      const spec: TableSpec = HSDS_TABLES[name];
      return {
        name: spec.name,
        path: spec.path,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: {
          fields: spec.fields.map((field) => ({ name: field, type: fieldType(spec, field), constraints: { required: spec.required.includes(field) } })),
          ...(spec.fields[0] === 'id' ? { primaryKey: 'id' } : {}),
          ...(spec.foreignKeys ? { foreignKeys: spec.foreignKeys.map((fk) => ({ fields: fk.field, reference: { resource: fk.table, fields: 'id' } })) } : {}),
        },
      };
    }),
  };
}

export function toPackageFiles(tables: Tables): PackageFiles {
  const files: PackageFiles = { 'datapackage.json': JSON.stringify(datapackage(tables), null, 2) + '\n' };
  for (const name of TABLE_NAMES) {
    const rows = tables[name];
    if (!rows) continue;
    const spec: TableSpec = HSDS_TABLES[name];
    files[spec.path] = stringify(rows, { header: true, columns: spec.fields, record_delimiter: '\n' });
  }
  return files;
}

/** A zip with a fixed date inside, so that the same data always gives the same bytes. */
export function zipPackage(files: PackageFiles): Uint8Array {
  const mtime = new Date('2000-01-01T00:00:00Z');
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime }]])), { level: 6 });
}
