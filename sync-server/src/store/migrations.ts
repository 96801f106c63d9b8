// Schema migrations, run in order at open. PRAGMA user_version holds the number of
// migrations applied; each runs in its own transaction. Append new steps at the end of
// the list (a feature's DDL may live in store/<feature>-schema.ts), never edit or
// renumber an applied one, and append the same step to pg-migrations.ts:
// test/schema-parity.test.ts fails while the two dialects differ.
import type { DatabaseSync } from 'node:sqlite';
import { CARDS_CHECKS_STEP, CARDS_SQLITE } from './cards-schema.ts';
import { TRANSFERS_SCHEMA } from './transfers-schema.ts';
import { LIFECYCLE_SCHEMA } from './lifecycle-schema.ts';
import { POSITIONS_SCHEMA } from './positions-schema.ts';
import { AUDIT_WINDOW_SCHEMA } from './audit-window-schema.ts';
import { POSITION_HOLDERS_SCHEMA } from './position-holders-schema.ts';
import { inTransaction } from './sqlite-transaction.ts';
import { FEEDBACK_SCHEMA_SQLITE } from './feedback-schema.ts';
import { STATFORMS_SQLITE } from './statforms-schema.ts';
import { DATED_COUNTS_SCHEMA } from './dated-counts-schema.ts';
import { PEOPLE_SCHEMA } from './people-schema.ts';
import { UNION_SCHEMA_SQLITE } from './union-schema.ts';
import { FOLLOWUPS_SCHEMA } from './followups-schema.ts';
import { TABLES_SCHEMA } from './tables-schema.ts';
import { REQUESTS_SCHEMA } from './requests-schema.ts';

const MIGRATIONS: readonly string[] = [
  // 1: registry details, identity, sessions, audit, the chair card index.
  `
  ALTER TABLE orgs ADD COLUMN code TEXT NOT NULL DEFAULT '';
  ALTER TABLE orgs ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
  UPDATE orgs SET code = id;
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
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_user ON sessions (user_id);
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
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
  `,
  // 2: saved grid views, one JSON per user and organization (routes/views.ts).
  `
  CREATE TABLE grid_views (
    user_id TEXT NOT NULL REFERENCES users(id),
    org_id TEXT NOT NULL,
    view TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, org_id)
  );
  `,
  // 3: rollup summaries and passport deadlines (created by their stores before; IF NOT
  // EXISTS keeps databases that already have them).
  `
  CREATE TABLE IF NOT EXISTS org_summaries (
    org_id TEXT PRIMARY KEY,
    summary TEXT NOT NULL,
    reference_date TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS passport_deadlines (
    org_id TEXT PRIMARY KEY,
    deadline TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at INTEGER NOT NULL
  );
  `,
  // 4: revisions of the tree and of role grants (as in PostgreSQL; one instance never
  // reads them, but the stores' SQL is the same on both).
  `
  CREATE TABLE registry_revs (
    name TEXT PRIMARY KEY,
    rev INTEGER NOT NULL
  );
  INSERT INTO registry_revs (name, rev) VALUES ('tree', 0), ('access', 0);
  `,
  // 5: summary versions and write times (as in PostgreSQL).
  `
  ALTER TABLE org_summaries ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE org_summaries ADD COLUMN written_at INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX org_summaries_written ON org_summaries (written_at);
  `,
  // 6: membership cards and partners (cards-schema.ts).
  CARDS_SQLITE,
  // 7: feedback messages (feedback-schema.ts).
  FEEDBACK_SCHEMA_SQLITE,
  // 8: statistical forms: campaigns and forms (statforms-schema.ts).
  STATFORMS_SQLITE,
  // 9: union scale: the sort-key and parent indexes of orgs (union-schema.ts).
  UNION_SCHEMA_SQLITE,
  // 10: dated counts of the summary rows (dated-counts-schema.ts).
  DATED_COUNTS_SCHEMA.sqlite,
  // 11: campaigns closed, feedback answers seen by their author (followups-schema.ts).
  FOLLOWUPS_SCHEMA.sqlite,
  // 12: people: the duplicate index and chairs' terms of office (people-schema.ts).
  PEOPLE_SCHEMA.sqlite,
  // 13: committee tables and their templates (tables-schema.ts).
  TABLES_SCHEMA.sqlite,
  // 14: partners' check reports counted once, pending card revocation checks (cards-schema.ts).
  CARDS_CHECKS_STEP.sqlite,
  // 15: data requests and their recipients (requests-schema.ts).
  REQUESTS_SCHEMA.sqlite,
  // 16: transfers of members between organizations (transfers-schema.ts).
  TRANSFERS_SCHEMA.sqlite,
  // 17: organizations the duplicate index has read, for the start-up back-fill (lifecycle-schema.ts).
  LIFECYCLE_SCHEMA.sqlite,
  // 18: posts linked to member ids and terms entered once at start-up (positions-schema.ts).
  POSITIONS_SCHEMA.sqlite,
  // 19: one audit row per user × organization × action × minute across instances (audit-window-schema.ts).
  AUDIT_WINDOW_SCHEMA.sqlite,
  // 20: posts held by members of other organizations, by holder (position-holders-schema.ts).
  POSITION_HOLDERS_SCHEMA.sqlite,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: DatabaseSync): void {
  const current = (db.prepare('PRAGMA user_version').get() as { user_version: number })
    .user_version;
  for (let v = current; v < MIGRATIONS.length; v++) {
    inTransaction(db, () => {
      db.exec(MIGRATIONS[v]!);
      db.exec(`PRAGMA user_version = ${v + 1}`);
    });
  }
}
