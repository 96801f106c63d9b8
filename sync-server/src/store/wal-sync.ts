// A SQLite connection's WAL file, fsynced off the event loop: a commit made with
// synchronous=NORMAL wrote its WAL frames without syncing them; sync() makes them durable
// on libuv's thread pool, which is what synchronous=FULL does inside COMMIT, on the loop.
// Used by the document store's appends and the registry's durable writes
// (sqlite-doc-store.ts, sqlite-sql.ts).
import { closeSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { RelayError } from '../errors.ts';
import { DB_FILE_NAME } from './sqlite-db.ts';
import { explainSqliteError } from './storage-errors.ts';

/** fs.fsync's shape; tests hold it to see what waits for it. */
export type SyncFile = (fd: number, done: (err: Error | null) => void) => void;

/** The WAL file of the connection, open for fsync, and the syncs under way on it. */
export function walSync(db: DatabaseSync, syncFile: SyncFile) {
  const file = db.location();
  const mode = (db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode;
  const walFile = file && mode === 'wal' ? `${file}-wal` : null;
  let walFd: number | null = null;
  let closed = false;
  const syncing = new Set<Promise<void>>();
  return {
    fd(): number | null {
      if (walFd !== null || walFile === null || closed) return walFd;
      try {
        // 'r+': Windows flushes only a handle open for writing; nothing is written through it
        walFd = openSync(walFile, 'r+');
      } catch {
        return null; // not there yet (nothing written): this commit syncs itself
      }
      return walFd;
    },
    sync(fd: number): Promise<void> {
      const done = new Promise<void>((resolve, reject) =>
        syncFile(fd, (err) => {
          if (!err) return resolve();
          const where = db.location() ?? DB_FILE_NAME;
          const cause = explainSqliteError(err, dirname(where), where);
          reject(new RelayError('store-failed', 'WAL sync failed', { cause }));
        }),
      );
      const tracked = done.catch(() => {}).finally(() => syncing.delete(tracked));
      syncing.add(tracked);
      return done;
    },
    async close(): Promise<void> {
      closed = true;
      while (syncing.size > 0) await Promise.all(syncing);
      if (walFd !== null) closeSync(walFd);
      walFd = null;
    },
  };
}
