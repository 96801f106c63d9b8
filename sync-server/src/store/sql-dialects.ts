// One description of a schema step for both SQL dialects: DDL written once with a token
// per type that differs, rendered for SQLite and for PostgreSQL. New steps are written with
// it (a feature's store/<feature>-schema.ts exports `schemaStep(...)`; migrations.ts
// appends `.sqlite`, pg-migrations.ts `.postgres`); steps already applied stay as written.
// Times are milliseconds and flags 0/1 in both (integers), so rows read the same.

/** The type tokens a step may use; everything else in the DDL is shared SQL. */
export interface SqlTypes {
  /** A 64-bit integer (times in ms, counters, seqs). */
  readonly int64: string;
  /** Raw bytes (Yjs updates, snapshots). */
  readonly bytes: string;
  /** An integer primary key the database numbers itself. */
  readonly serialKey: string;
  /** A JSON document kept as text (parsed by its store). */
  readonly json: string;
}

export const SQLITE_TYPES: SqlTypes = {
  int64: 'INTEGER',
  bytes: 'BLOB',
  serialKey: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  json: 'TEXT',
};

export const POSTGRES_TYPES: SqlTypes = {
  int64: 'BIGINT',
  bytes: 'BYTEA',
  serialKey: 'BIGSERIAL PRIMARY KEY',
  json: 'TEXT',
};

export interface SchemaStep {
  readonly sqlite: string;
  readonly postgres: string;
}

/** Renders one step for both dialects from one template. */
export function schemaStep(ddl: (t: SqlTypes) => string): SchemaStep {
  return { sqlite: ddl(SQLITE_TYPES), postgres: ddl(POSTGRES_TYPES) };
}
