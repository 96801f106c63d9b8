// The SQL schema is written twice — store/migrations.ts (SQLite) and store/pg-migrations.ts
// (PostgreSQL), each with its own step numbers, since applied steps are never renumbered —
// and the registry's stores run the same SQL on both (store/sql.ts). This builds both from
// nothing (SQLite in a temp dir, a fresh database on a real PostgreSQL server) and holds
// them to the same tables, columns, column kinds, NOT NULLs and named indexes, so a step
// appended to one list and forgotten in the other fails here.
import { describe, expect, it } from 'vitest';
import { schemaStep } from '../src/store/sql-dialects.ts';
import type { SchemaStep } from '../src/store/sql-dialects.ts';
import { openRegistryDb, registryDbLifecycle } from './registry-db.ts';
import type { Dialect } from './registry-db.ts';

registryDbLifecycle();

/** Tables only one dialect has, by design. */
const ONLY_IN: Readonly<Record<Dialect, readonly string[]>> = {
  // doc_heads: the last seq per document, whose row lock orders appends across instances;
  // profgrid_migrations: applied steps (SQLite keeps the count in PRAGMA user_version).
  postgres: ['doc_heads', 'profgrid_migrations'],
  sqlite: [],
};

type Kind = 'text' | 'integer' | 'real' | 'bytes';

interface Column {
  readonly table: string;
  readonly column: string;
  /** The dialect's type name (kindOf compares them). */
  readonly type: string;
  readonly notNull: boolean;
}

/** SQLite and PostgreSQL type names of one kind (both sides store ms times as integers). */
function kindOf(type: string): Kind {
  const t = type.toLowerCase();
  if (t === 'text') return 'text';
  if (t === 'integer' || t === 'int' || t === 'bigint') return 'integer';
  if (t === 'real' || t === 'double precision') return 'real';
  if (t === 'blob' || t === 'bytea') return 'bytes';
  throw new Error(`a column type neither dialect's list should use: ${type}`);
}

interface Schema {
  readonly columns: readonly Column[];
  readonly indexes: readonly string[];
}

/** The schema of a database built from nothing, plus `extra` (a step not yet in the lists). */
async function schemaOf(dialect: Dialect, extra?: SchemaStep): Promise<Schema> {
  const db = await openRegistryDb(dialect);
  try {
    const { sql } = db;
    for (const statement of extra?.[dialect].split(';') ?? []) {
      if (statement.trim() !== '') await sql.run(statement);
    }
    if (dialect === 'sqlite') {
      const tables = await sql.all<{ name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      );
      const columns: Column[] = [];
      for (const { name } of tables) {
        const info = await sql.all<{ name: string; type: string; notnull: number; pk: number }>(
          `SELECT name, type, "notnull", pk FROM pragma_table_info('${name}')`,
        );
        for (const c of info) {
          columns.push({
            table: name,
            column: c.name,
            type: c.type,
            notNull: c.notnull === 1 || c.pk > 0,
          });
        }
      }
      const indexes = await sql.all<{ name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
      );
      return { columns, indexes: indexes.map((i) => i.name) };
    }
    const info = await sql.all<{ tn: string; cn: string; dt: string; nullable: string }>(
      `SELECT table_name AS tn, column_name AS cn, data_type AS dt, is_nullable AS nullable
         FROM information_schema.columns WHERE table_schema = current_schema()`,
    );
    const columns = info.map((c) => ({
      table: c.tn,
      column: c.cn,
      type: c.dt,
      notNull: c.nullable === 'NO',
    }));
    // Primary keys and UNIQUE constraints have generated index names; the named ones count.
    const indexes = await sql.all<{ name: string }>(
      `SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()
         AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    );
    return { columns, indexes: indexes.map((i) => i.name) };
  } finally {
    await db.close();
  }
}

const sorted = <T>(items: readonly T[], key: (item: T) => string): T[] =>
  [...items].sort((a, b) => key(a).localeCompare(key(b)));

const shared = (dialect: Dialect, s: Schema) =>
  sorted(
    s.columns.filter((c) => !ONLY_IN[dialect].includes(c.table)),
    (c) => `${c.table}.${c.column}`,
  ).map(({ type, ...c }) => ({ ...c, kind: kindOf(type) }));

describe('one schema on both dialects', () => {
  it('SQLite and PostgreSQL have the same tables, columns, kinds, NOT NULLs and indexes', async () => {
    const [lite, pg] = [await schemaOf('sqlite'), await schemaOf('postgres')];
    expect(shared('postgres', pg)).toEqual(shared('sqlite', lite));
    expect([...pg.indexes].sort()).toEqual([...lite.indexes].sort());
    // The dialect-only tables exist where they are expected (the list above is not stale).
    const tables = (s: Schema) => new Set(s.columns.map((c) => c.table));
    for (const t of ONLY_IN.postgres) expect(tables(pg).has(t)).toBe(true);
    expect(tables(lite).size).toBeGreaterThan(10);
  });

  it('a step written once with schemaStep() (store/sql-dialects.ts) gives both the same table', async () => {
    const step = schemaStep(
      (t) => `
      CREATE TABLE probe (
        id ${t.serialKey},
        at ${t.int64} NOT NULL,
        data ${t.bytes},
        body ${t.json} NOT NULL
      );
      CREATE INDEX probe_at ON probe (at)`,
    );
    const [lite, pg] = [await schemaOf('sqlite', step), await schemaOf('postgres', step)];
    const probe = (s: Schema) => s.columns.filter((c) => c.table === 'probe');
    expect(probe(lite).map((c) => c.column)).toEqual(['id', 'at', 'data', 'body']);
    expect(shared('postgres', pg)).toEqual(shared('sqlite', lite));
    expect(pg.indexes).toContain('probe_at');
  });
});
