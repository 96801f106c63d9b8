// Sql over node:sqlite's synchronous DatabaseSync: each call runs at once, in call order,
// and returns a settled promise. batch() runs its statements synchronously between BEGIN
// and COMMIT, so nothing else on the connection (document appends share it) interleaves.
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { Sql, SqlValue, Statement } from './sql.ts';
import { DURABLE_SYNC } from './sqlite-db.ts';
import { inTransaction } from './sqlite-transaction.ts';

const args = (params: readonly SqlValue[] = []) => params as SQLInputValue[];

function settle<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (err) {
    return Promise.reject(err as Error);
  }
}

export function sqliteSql(db: DatabaseSync): Sql {
  // The registry's statements are a fixed set of texts: each is prepared once.
  const prepared = new Map<string, StatementSync>();
  const prepare = (sql: string) => {
    let stmt = prepared.get(sql);
    if (!stmt) prepared.set(sql, (stmt = db.prepare(sql)));
    return stmt;
  };
  const run = (s: Statement) => Number(prepare(s.sql).run(...args(s.params)).changes);
  return {
    dialect: 'sqlite',
    all: <T>(sql: string, params?: readonly SqlValue[]) =>
      settle(() => prepare(sql).all(...args(params)) as T[]),
    get: <T>(sql: string, params?: readonly SqlValue[]) =>
      settle(() => prepare(sql).get(...args(params)) as T | undefined),
    run: (sql, params) => settle(() => run({ sql, params })),
    batch: (statements, options) =>
      settle(() => {
        const relaxed = options?.durable === false;
        if (relaxed) db.exec('PRAGMA synchronous = NORMAL');
        try {
          inTransaction(db, () => statements.forEach(run));
        } finally {
          if (relaxed) db.exec(DURABLE_SYNC);
        }
      }),
    exclusive: (_key, fn) => fn(),
    tryExclusive: async (_key, fn) => {
      await fn();
      return true;
    },
    inJsonList: (column) => `${column} IN (SELECT value FROM json_each(?))`,
    nowMs: "CAST(unixepoch('subsec') * 1000 AS INTEGER)",
  };
}
