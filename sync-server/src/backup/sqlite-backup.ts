// Online backup and restore of the SQLite database (DATA_DIR/profgrid.sqlite).
// backupSqlite(): `VACUUM INTO` from a second, read-only connection while the server runs:
// one read transaction, so the copy is a consistent snapshot holding every transaction
// committed before it began — every update acknowledged by then — and, in WAL mode, the
// server's writers are not blocked meanwhile. The copy is written beside the target,
// checked (quick_check), fsynced and renamed into place, so a target file is always whole.
// restoreSqlite(): checks the backup, then puts a copy of it in place of the data
// directory's file, moving a file already there (and its -wal/-shm) aside, never deleting it.
// The server must be stopped for a restore (it holds the file open).
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { RelayError } from '../errors.ts';
import { DB_FILE_NAME } from '../store/sqlite-db.ts';
import { checkIntegrity } from '../store/integrity.ts';

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  try {
    fsyncFile(dir);
  } catch {
    // some file systems cannot fsync a directory; the rename is then as durable as they allow
  }
}

/** Checks `file` (a backup or a restored copy) with quick_check; throws 'store-damaged'. */
function checkFile(file: string): void {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    checkIntegrity(db, file);
  } finally {
    db.close();
  }
}

export interface BackupResult {
  readonly file: string;
  readonly bytes: number;
  readonly ms: number;
}

/**
 * Writes a consistent copy of `dataDir`'s database to `target`; `onSnapshot` runs just
 * before the snapshot is taken (everything committed before it is in the copy).
 */
export function backupSqlite(
  dataDir: string,
  target: string,
  onSnapshot?: () => void,
): BackupResult {
  const source = join(dataDir, DB_FILE_NAME);
  if (!existsSync(source)) {
    throw new RelayError('not-found', `no database at ${source}: check DATA_DIR`);
  }
  if (existsSync(target)) throw new RelayError('config-invalid', `${target} exists already`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const started = performance.now();
  const db = new DatabaseSync(source, { readOnly: true });
  try {
    db.exec('PRAGMA busy_timeout = 10000');
    onSnapshot?.();
    db.prepare('VACUUM INTO ?').run(partial);
  } finally {
    db.close();
  }
  checkFile(partial);
  chmodSync(partial, 0o600); // personal data and password hashes
  fsyncFile(partial);
  renameSync(partial, target);
  fsyncDir(dirname(target));
  return {
    file: target,
    bytes: statSync(target).size,
    ms: Math.round(performance.now() - started),
  };
}

export interface RestoreResult {
  readonly file: string;
  /** Where the file that was there went (null: there was none). */
  readonly movedAside: string | null;
}

/** Puts a checked copy of `backup` in place as `dataDir`'s database (the server stopped). */
export function restoreSqlite(backup: string, dataDir: string, stamp: string): RestoreResult {
  if (!existsSync(backup)) throw new RelayError('not-found', `no backup file at ${backup}`);
  checkFile(backup);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DB_FILE_NAME);
  const partial = `${file}.restoring`;
  copyFileSync(backup, partial);
  fsyncFile(partial);
  let movedAside: string | null = null;
  if (existsSync(file)) {
    movedAside = `${file}.before-restore-${stamp}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(file + suffix)) renameSync(file + suffix, movedAside + suffix);
    }
  }
  renameSync(partial, file);
  fsyncDir(dataDir);
  return { file, movedAside };
}
