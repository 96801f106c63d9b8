// PostgreSQL schema migrations, the counterpart of migrations.ts for SQLite. Table
// profgrid_migrations holds one row per applied step; each step runs in its own
// transaction under a transaction-level advisory lock, so instances started together
// (or `pnpm migrate` beside a running one) apply every step exactly once. Append new
// steps, never edit an applied one.
import type pg from 'pg';
import { inPgTransaction } from './pg-pool.ts';

/** Key of the advisory lock that serializes migrations across instances. */
const MIGRATION_LOCK = 7_311_001;

const PG_MIGRATIONS: readonly string[] = [
  // 1: documents. Same tables as SQLite, plus doc_heads: the last seq handed out per
  // document. Appends take the head row lock, so seqs of one document commit in order
  // across instances (a reader that sees seq N sees every seq below it).
  `
  CREATE TABLE doc_heads (
    doc TEXT PRIMARY KEY,
    last_seq BIGINT NOT NULL
  );
  CREATE TABLE doc_updates (
    doc TEXT NOT NULL,
    seq BIGINT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (doc, seq)
  );
  CREATE TABLE doc_snapshots (
    doc TEXT PRIMARY KEY,
    data BYTEA NOT NULL,
    upto_seq BIGINT NOT NULL
  );
  `,
];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS.length;

/** Applies the missing steps; returns the schema version before and after. */
export async function migratePg(pool: pg.Pool): Promise<{ from: number; to: number }> {
  let from = -1;
  for (let v = 0; v < PG_MIGRATIONS.length; v++) {
    await inPgTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(`CREATE TABLE IF NOT EXISTS profgrid_migrations (
        version INTEGER PRIMARY KEY,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
      const { rows } = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM profgrid_migrations',
      );
      const applied = rows[0]!.n;
      if (from < 0) from = applied;
      if (applied > v) return;
      await client.query(PG_MIGRATIONS[v]!);
      await client.query('INSERT INTO profgrid_migrations (version) VALUES ($1)', [v + 1]);
    });
  }
  return { from: Math.max(from, 0), to: PG_MIGRATIONS.length };
}
