// Sql over node:sqlite's synchronous DatabaseSync: each call runs at once, in call order.
// batch() runs its statements synchronously between BEGIN and COMMIT, so nothing else on
// the connection (document appends share it) interleaves. A durable batch, and a run()
// (a statement that commits by itself), commits with synchronous=NORMAL (its WAL frames
// written, nothing synced) and then fsyncs the WAL file on libuv's thread pool, resolving
// once that returned — what synchronous=FULL does inside COMMIT, but off the event loop:
// an fsync on a busy disk (tens of ms) no longer holds every request of the process (as
// the document store does, sqlite-doc-store.ts). Reads after the COMMIT see the rows
// before the fsync ends, as with the document store's appends. Without a WAL file (in
// memory, another journal mode) the COMMIT syncs itself.
import { closeSync, fsync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { RelayError } from '../errors.ts';
import type { Sql, SqlValue, Statement } from './sql.ts';
import { DB_FILE_NAME, DURABLE_SYNC } from './sqlite-db.ts';
import { inTransaction } from './sqlite-transaction.ts';
import { explainSqliteError } from './storage-errors.ts';

const args = (params: readonly SqlValue[] = []) => params as SQLInputValue[];

function settle<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (err) {
    return Promise.reject(err as Error);
  }
}

export interface SqliteSqlOptions {
  /** Syncs the WAL file (default fs.fsync); tests hold it to see what waits for it. */
  readonly syncFile?: (fd: number, done: (err: Error | null) => void) => void;
}

/** Sql on the connection; close() waits for the WAL syncs under way (before db.close()). */
export type SqliteSql = Sql & { close(): Promise<void> };

export function sqliteSql(db: DatabaseSync, options: SqliteSqlOptions = {}): SqliteSql {
  // The registry's statements are a fixed set of texts: each is prepared once.
  const prepared = new Map<string, StatementSync>();
  const prepare = (sql: string) => {
    let stmt = prepared.get(sql);
    if (!stmt) prepared.set(sql, (stmt = db.prepare(sql)));
    return stmt;
  };
  const run = (s: Statement) => Number(prepare(s.sql).run(...args(s.params)).changes);
  const wal = walSync(db, options.syncFile ?? fsync);
  return {
    dialect: 'sqlite',
    all: <T>(sql: string, params?: readonly SqlValue[]) =>
      settle(() => prepare(sql).all(...args(params)) as T[]),
    get: <T>(sql: string, params?: readonly SqlValue[]) =>
      settle(() => prepare(sql).get(...args(params)) as T | undefined),
    // a statement of its own commits by itself: its fsync goes off the loop the same way
    // (inside a transaction someone else opened, it is that transaction's to sync)
    run: (sql, params) => {
      const walFd = db.isTransaction ? null : wal.fd();
      if (walFd === null) return settle(() => run({ sql, params }));
      let changes: number;
      try {
        db.exec('PRAGMA synchronous = NORMAL');
        try {
          changes = run({ sql, params });
        } finally {
          db.exec(DURABLE_SYNC);
        }
      } catch (err) {
        return Promise.reject(err as Error);
      }
      return wal.sync(walFd).then(() => changes);
    },
    batch: (statements, batchOptions) => {
      const durable = batchOptions?.durable !== false;
      const walFd = durable ? wal.fd() : null;
      const relaxed = !durable || walFd !== null;
      // committed now, in call order; only the fsync is waited for
      try {
        if (relaxed) db.exec('PRAGMA synchronous = NORMAL');
        try {
          inTransaction(db, () => statements.forEach(run));
        } finally {
          if (relaxed) db.exec(DURABLE_SYNC);
        }
      } catch (err) {
        return Promise.reject(err as Error);
      }
      return walFd === null ? Promise.resolve() : wal.sync(walFd);
    },
    exclusive: (_key, fn) => fn(),
    tryExclusive: async (_key, fn) => {
      await fn();
      return true;
    },
    inJsonList: (column) => `${column} IN (SELECT value FROM json_each(?))`,
    nowMs: "CAST(unixepoch('subsec') * 1000 AS INTEGER)",
    close: () => wal.close(),
  };
}

/** The WAL file of the connection, open for fsync, and the syncs under way on it. */
function walSync(db: DatabaseSync, syncFile: NonNullable<SqliteSqlOptions['syncFile']>) {
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
