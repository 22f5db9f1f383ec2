// The driver adapter the WebAssembly schema engine talks to PostgreSQL through.
// `new PrismaPg(url)` alone is not fit for migrations, for two reasons found by testing
// (@prisma/adapter-pg 7.10 with schema engine 7.10, PostgreSQL 18):
// 1. Its `connectToShadowDb()` spreads `{ ...config, database: shadowName }`, but node-postgres
//    lets a `connectionString` override `database`, so the "shadow" connection silently lands
//    on the MAIN database: a diff from migrations would replay every migration there.
// 2. The engine's schema describer reads pg_catalog columns of PostgreSQL's one-byte `"char"`
//    type (pg_constraint.contype) and expects them as the adapter's `Character` column type,
//    but the adapter has no mapping for that type and throws "Column type 'char' could not be
//    deserialized". PostgreSQL 18 lists every NOT NULL as a pg_constraint row, so any diff
//    that reads a non-empty database fails.
// Hence: we own the pools, create (and always drop) the shadow database ourselves, and
// deliver `"char"` columns as `Character`.
import { randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { withDatabaseName } from './connection-string';
import { withCharColumnsHidden, withCharColumnsRestored } from './pg-char-columns';

export interface MigrationAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Ends every pool and drops any shadow database. Call it once the engine is done. */
  close(): Promise<void>;
}

export function createMigrationAdapterFactory(connectionString: string): MigrationAdapterFactory {
  const mainPool = createPool(connectionString);
  const shadows: { name: string; pool: pg.Pool }[] = [];

  return {
    provider: 'postgres',
    adapterName: new PrismaPg(mainPool).adapterName,
    async connect() {
      // An external pool is not ended by the adapter's dispose(); close() ends it.
      return connectAdapter(mainPool);
    },
    async connectToShadowDb() {
      // On the target's server, so it needs the CREATEDB privilege, like `prisma migrate dev`.
      const name = `welcome_shadow_${randomBytes(6).toString('hex')}`;
      await mainPool.query(`CREATE DATABASE "${name}"`);
      const pool = createPool(withDatabaseName(connectionString, name));
      shadows.push({ name, pool });
      return connectAdapter(pool);
    },
    async close() {
      for (const shadow of shadows.splice(0)) {
        await shadow.pool.end();
        await mainPool.query(`DROP DATABASE IF EXISTS "${shadow.name}"`);
      }
      await mainPool.end();
    },
  };
}

function createPool(connectionString: string) {
  return new pg.Pool({ connectionString, Client: withCharColumnsHidden(pg.Client) });
}

async function connectAdapter(pool: pg.Pool): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPg(pool).connect();
  // PrismaPg's executeScript splits a migration on every ";", which cuts apart function
  // bodies (the search_index migration defines PL/pgSQL functions). PostgreSQL runs a
  // multi-statement script itself, in one implicit transaction, as the native engine has it.
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      (adapter as unknown as { onError(error: unknown): never }).onError(error);
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => restoreCharColumns(await startTransaction(...args));
  return restoreCharColumns(adapter);
}

function restoreCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => withCharColumnsRestored(await queryRaw(query), ColumnTypeEnum.Character);
  return queryable;
}
