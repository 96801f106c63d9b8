// PostgreSQL schema migrations, the counterpart of migrations.ts for SQLite. Table
// profgrid_migrations holds one row per applied step; each step runs in its own
// transaction under a transaction-level advisory lock, so instances started together
// (or `pnpm migrate` beside a running one) apply every step exactly once. Append new
// steps at the end of the list, never edit or renumber an applied one; the step numbers
// differ from SQLite's (their histories differ), the resulting schema must not
// (test/schema-parity.test.ts).
import type pg from 'pg';
import { CARDS_CHECKS_STEP, CARDS_POSTGRES } from './cards-schema.ts';
import { TRANSFERS_SCHEMA } from './transfers-schema.ts';
import { LIFECYCLE_SCHEMA } from './lifecycle-schema.ts';
import { POSITIONS_SCHEMA } from './positions-schema.ts';
import { AUDIT_WINDOW_SCHEMA } from './audit-window-schema.ts';
import { POSITION_HOLDERS_SCHEMA } from './position-holders-schema.ts';
import { inPgTransaction } from './pg-transaction.ts';
import { FEEDBACK_SCHEMA_PG } from './feedback-schema.ts';
import { STATFORMS_PG } from './statforms-schema.ts';
import { DATED_COUNTS_SCHEMA } from './dated-counts-schema.ts';
import { PEOPLE_SCHEMA } from './people-schema.ts';
import { UNION_SCHEMA_PG } from './union-schema.ts';
import { FOLLOWUPS_SCHEMA } from './followups-schema.ts';
import { TABLES_SCHEMA } from './tables-schema.ts';
import { REQUESTS_SCHEMA } from './requests-schema.ts';

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
  // 2: the registry, identity, audit, chair index, saved views, deadlines and summaries —
  // the SQLite tables of migrations.ts, so that instances on several hosts share them.
  // Times are milliseconds (BIGINT), flags 0/1 (INTEGER), as in SQLite.
  `
  CREATE TABLE orgs (
    id TEXT PRIMARY KEY,
    parent_id TEXT,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    level TEXT NOT NULL,
    institution_type TEXT,
    sort_key BIGINT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL,
    login_key TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  );
  CREATE TABLE role_grants (
    user_id TEXT NOT NULL REFERENCES users(id),
    org_id TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, org_id)
  );
  CREATE INDEX role_grants_org ON role_grants (org_id);
  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
  );
  CREATE INDEX sessions_user ON sessions (user_id);
  CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    at BIGINT NOT NULL,
    user_id TEXT,
    org_id TEXT,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    count INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX audit_log_org_at ON audit_log (org_id, at);
  CREATE INDEX audit_log_at ON audit_log (at);
  CREATE TABLE chair_cards (
    org_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    search TEXT NOT NULL,
    PRIMARY KEY (org_id, idx)
  );
  CREATE TABLE grid_views (
    user_id TEXT NOT NULL REFERENCES users(id),
    org_id TEXT NOT NULL,
    view TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, org_id)
  );
  CREATE TABLE org_summaries (
    org_id TEXT PRIMARY KEY,
    summary TEXT NOT NULL,
    reference_date TEXT NOT NULL,
    updated_at BIGINT NOT NULL
  );
  CREATE TABLE passport_deadlines (
    org_id TEXT PRIMARY KEY,
    deadline TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at BIGINT NOT NULL
  );
  `,
  // 3: revisions of the tree and of role grants, bumped in the transaction of every change,
  // so instances notice changes made elsewhere while Redis is away (registry-watch.ts).
  `
  CREATE TABLE registry_revs (
    name TEXT PRIMARY KEY,
    rev BIGINT NOT NULL
  );
  INSERT INTO registry_revs (name, rev) VALUES ('tree', 0), ('access', 0);
  `,
  // 4: each summary row's document version (a row never goes back to an older one) and
  // the database time it was written, so instances can read the rows written recently
  // while Redis is away (RollupService.catchUpStored).
  `
  ALTER TABLE org_summaries ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
  ALTER TABLE org_summaries ADD COLUMN written_at BIGINT NOT NULL DEFAULT 0;
  CREATE INDEX org_summaries_written ON org_summaries (written_at);
  `,
  // 5: membership cards and partners (cards-schema.ts).
  CARDS_POSTGRES,
  // 6: feedback messages (feedback-schema.ts).
  FEEDBACK_SCHEMA_PG,
  // 7: statistical forms: campaigns and forms (statforms-schema.ts).
  STATFORMS_PG,
  // 8: union scale: the sort-key and parent indexes of orgs (union-schema.ts).
  UNION_SCHEMA_PG,
  // 9: dated counts of the summary rows (dated-counts-schema.ts).
  DATED_COUNTS_SCHEMA.postgres,
  // 10: campaigns closed, feedback answers seen by their author (followups-schema.ts).
  FOLLOWUPS_SCHEMA.postgres,
  // 11: people: the duplicate index and chairs' terms of office (people-schema.ts).
  PEOPLE_SCHEMA.postgres,
  // 12: committee tables and their templates (tables-schema.ts).
  TABLES_SCHEMA.postgres,
  // 13: partners' check reports counted once, pending card revocation checks (cards-schema.ts).
  CARDS_CHECKS_STEP.postgres,
  // 14: data requests and their recipients (requests-schema.ts).
  REQUESTS_SCHEMA.postgres,
  // 15: transfers of members between organizations (transfers-schema.ts).
  TRANSFERS_SCHEMA.postgres,
  // 16: organizations the duplicate index has read, for the start-up back-fill (lifecycle-schema.ts).
  LIFECYCLE_SCHEMA.postgres,
  // 17: posts linked to member ids and terms entered once at start-up (positions-schema.ts).
  POSITIONS_SCHEMA.postgres,
  // 18: one audit row per user × organization × action × minute across instances (audit-window-schema.ts).
  AUDIT_WINDOW_SCHEMA.postgres,
  // 19: posts held by members of other organizations, by holder (position-holders-schema.ts).
  POSITION_HOLDERS_SCHEMA.postgres,
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
