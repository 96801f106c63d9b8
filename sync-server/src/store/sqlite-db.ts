// Opens the one SQLite file of a data directory (DATA_DIR/profgrid.sqlite) with the
// durability settings the relay relies on: WAL journal and synchronous=FULL, so a
// committed transaction survives kill -9 and power loss. Checks its integrity first,
// creates the base schema if absent, then runs the migrations (store/migrations.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { checkIntegrity } from './integrity.ts';
import { migrate } from './migrations.ts';
import { explainSqliteError } from './storage-errors.ts';

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

/**
 * SQLite's page cache, in KiB (negative: a size, not pages); its default, 2 MiB, held a
 * small part of the duplicate index's pages, read again at every key row written.
 */
const CACHE_KIB = -32_768;

/** The durability every connection runs with (a relaxed batch restores it afterwards). */
export const DURABLE_SYNC = 'PRAGMA synchronous = FULL';

/**
 * Opens (creating if absent) and checks the file: a damaged one is refused before anything
 * writes to it (store/integrity.ts); a read-only directory, a full disk or a file locked by
 * another process is a RelayError that says so (store/storage-errors.ts).
 */
export function openSqlite(
  dataDir: string,
  options: { readonly check?: boolean } = {},
): DatabaseSync {
  const file = join(dataDir, DB_FILE_NAME);
  let db: DatabaseSync | null = null;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = new DatabaseSync(file);
    db.exec('PRAGMA busy_timeout = 5000');
    if (options.check !== false) checkIntegrity(db, file);
    db.exec('PRAGMA journal_mode = WAL');
    db.exec(DURABLE_SYNC);
    // statement journals and temporary b-trees in memory, not in unlinked files: a
    // multi-row upsert in a transaction (the duplicate index's key rows) journals each page
    // it changes, and on disk that cost two thirds as many write() calls as the WAL itself
    db.exec('PRAGMA temp_store = MEMORY');
    db.exec(`PRAGMA cache_size = ${CACHE_KIB}`);
    db.exec('PRAGMA foreign_keys = ON');
    db.exec(SCHEMA);
    migrate(db);
    return db;
  } catch (err) {
    db?.close();
    throw explainSqliteError(err, dataDir, file);
  }
}
