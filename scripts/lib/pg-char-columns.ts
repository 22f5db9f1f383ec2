// Carries PostgreSQL's one-byte `"char"` columns past @prisma/adapter-pg, which rejects their
// type id (see migration-adapter.ts). Two halves, joined by the result's `rows` array, which
// the adapter passes through untouched:
// - below the adapter, a node-postgres Client relabels `"char"` fields as `text` (its values
//   are already one-character strings) and remembers which columns they were;
// - above it, the adapter's result set gets those columns' type set to `Character`.
// A WeakMap keyed by the rows array keeps concurrent queries apart and forgets on its own.
import type { ColumnType, SqlResultSet } from '@prisma/driver-adapter-utils';
import type pg from 'pg';

const CHAR_OID = 18;
const TEXT_OID = 25;

const charColumnsByRows = new WeakMap<object, number[]>();

type QueryOutcome = pg.QueryResult | pg.QueryResult[] | undefined;

function hideCharColumns(outcome: QueryOutcome): QueryOutcome {
  // A multi-statement script yields one result per statement.
  for (const result of Array.isArray(outcome) ? outcome : [outcome]) {
    const indexes: number[] = [];
    result?.fields?.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      indexes.push(index);
    });
    if (result && indexes.length > 0) charColumnsByRows.set(result.rows, indexes);
  }
  return outcome;
}

/** A subclass of `Client` whose query results never carry the `"char"` type id. */
export function withCharColumnsHidden(Client: typeof pg.Client): new () => pg.ClientBase {
  class CharHidingClient extends Client {
    // query() has many overloads (callback, promise, submittable): handle them generically,
    // typed `never` so that this one signature satisfies all of them.
    override query(...args: unknown[]): never {
      const run = super.query as (...a: unknown[]) => unknown;
      const last = args.at(-1);
      if (typeof last === 'function') {
        args[args.length - 1] = (error: Error | null, outcome: QueryOutcome) =>
          last(error, error ? outcome : hideCharColumns(outcome));
        return run.apply(this, args) as never;
      }
      const returned = run.apply(this, args);
      return (returned instanceof Promise ? returned.then(hideCharColumns) : returned) as never;
    }
  }
  return CharHidingClient as unknown as new () => pg.ClientBase;
}

/** Gives the columns hidden above their proper adapter type again. */
export function withCharColumnsRestored(resultSet: SqlResultSet, characterType: ColumnType): SqlResultSet {
  for (const index of charColumnsByRows.get(resultSet.rows) ?? []) resultSet.columnTypes[index] = characterType;
  return resultSet;
}
