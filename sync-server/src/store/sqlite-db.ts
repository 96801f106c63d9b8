// Opens the one SQLite file of a data directory (DATA_DIR/profgrid.sqlite) with the
// durability settings the relay relies on: WAL journal and synchronous=FULL, so a
// committed transaction survives kill -9 and power loss. Creates the base schema if
// absent, then runs the migrations (store/migrations.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate } from './migrations.ts';

export const DB_FILE_NAME = 'profgrid.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS doc_updates (
  doc TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_snapshots (
  doc TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  upto_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS orgs (
  id TEXT PRIMARY KEY,
  parent_id TEXT,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  level TEXT NOT NULL,
  institution_type TEXT,
  sort_key INTEGER NOT NULL
);
`;

/** The durability every connection runs with (a relaxed batch restores it afterwards). */
export const DURABLE_SYNC = 'PRAGMA synchronous = FULL';

export function openSqlite(dataDir: string): DatabaseSync {
  mkdirSync(dataDir, { recursive: true });
  const db = new DatabaseSync(join(dataDir, DB_FILE_NAME));
  db.exec('PRAGMA journal_mode = WAL');
  db.exec(DURABLE_SYNC);
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec(SCHEMA);
  migrate(db);
  return db;
}
