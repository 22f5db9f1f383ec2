// The built-in backup file: gzip-compressed lines of JSON, written and read as a stream so a
// large directory never has to fit in memory.
//   line 1          the header: format, app migrations, tables and their columns, sequences
//   per table       {"table":name} · one JSON array per row (each value as PostgreSQL's own
//                   text form, or null) · {"end":name,"rows":n,"sha256":hash of those lines}
//   last line       {"manifest":...}: row counts and checksums again, plus the header's hash,
//                   so a truncated or edited file is recognised before anything is written.
// PostgreSQL's text form round-trips every type exactly (bytea, arrays, jsonb, timestamptz,
// tsvector, enums), because the restore hands the same text back to the type's input function.

export const BACKUP_FORMAT = 'welcome-desk-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupColumn {
  name: string;
  /** format_type() of the column, for the reader's information; restore uses the target's. */
  type: string;
}

export interface BackupTable {
  name: string;
  columns: BackupColumn[];
}

export interface BackupMigration {
  name: string;
  checksum: string;
}

export interface BackupSequence {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  serverVersion: string;
  migrations: BackupMigration[];
  tables: BackupTable[];
  sequences: BackupSequence[];
}

export interface BackupManifest {
  headerSha256: string;
  tables: Record<string, { rows: number; sha256: string }>;
  totalRows: number;
}

/** The reason a backup file cannot be used; the CLI prints it without a stack trace. */
export class BackupError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Prisma's own bookkeeping: rebuilt by the migrations themselves, never copied as data. */
export const MIGRATIONS_TABLE = '_prisma_migrations';

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
