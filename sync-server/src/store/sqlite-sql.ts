// Sql over node:sqlite's synchronous DatabaseSync: each call runs at once, in call order.
// batch() runs its statements synchronously between BEGIN and COMMIT, so nothing else on
// the connection (document appends share it) interleaves. A durable batch, and a run()
// (a statement that commits by itself), commits with synchronous=NORMAL (its WAL frames
// written, nothing synced) and then fsyncs the WAL file on libuv's thread pool, resolving
// once that returned — what synchronous=FULL does inside COMMIT, but off the event loop:
// an fsync on a busy disk (tens of ms) no longer holds every request of the process (as
// the document store does, sqlite-doc-store.ts). Reads after the COMMIT see the rows
// before the fsync ends, as with the document store's appends. Without a WAL file (in
// memory, another journal mode) the COMMIT syncs itself. Inside bulk() (seeding, a
// back-fill) durable writes skip their own fsync, and the pass ends with one.
import { AsyncLocalStorage } from 'node:async_hooks';
import { fsync } from 'node:fs';
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { Sql, SqlValue, Statement } from './sql.ts';
import { DURABLE_SYNC } from './sqlite-db.ts';
import { inTransaction } from './sqlite-transaction.ts';
import { type SyncFile, walSync } from './wal-sync.ts';

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
  readonly syncFile?: SyncFile;
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
  // the async context of a bulk pass: its writes wait for no fsync (the pass's end syncs)
  const bulkPass = new AsyncLocalStorage<true>();
  const inBulkPass = () => bulkPass.getStore() === true;
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
      return inBulkPass() ? Promise.resolve(changes) : wal.sync(walFd).then(() => changes);
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
      return walFd === null || inBulkPass() ? Promise.resolve() : wal.sync(walFd);
    },
    bulk: async (fn) => {
      const result = await bulkPass.run(true, fn);
      const walFd = wal.fd();
      if (walFd !== null) await wal.sync(walFd);
      return result;
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
