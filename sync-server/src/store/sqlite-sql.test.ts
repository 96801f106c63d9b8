// sqliteSql's durable batch: committed at once (reads see it), resolved only after the WAL
// file's fsync — run off the event loop by syncFile, held here to see what waits for it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from './sqlite-db.ts';
import { sqliteSql } from './sqlite-sql.ts';
import type { SqliteSqlOptions } from './sqlite-sql.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

/** A WAL database with table t, and a syncFile whose calls wait until released. */
function heldSyncs() {
  const dir = mkdtempSync(join(tmpdir(), 'profgrid-sqlite-sql-'));
  const db: DatabaseSync = openSqlite(dir);
  cleanups.push(() => {
    if (db.isOpen) db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  db.exec('CREATE TABLE t (v INTEGER)');
  const waiting: ((err: Error | null) => void)[] = [];
  const syncFile: SqliteSqlOptions['syncFile'] = (_fd, done) => waiting.push(done);
  return { db, sql: sqliteSql(db, { syncFile }), waiting };
}

const settled = async (p: Promise<unknown>) => {
  let state = 'pending';
  p.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  );
  await new Promise((r) => setImmediate(r));
  return state;
};

const count = async (sql: ReturnType<typeof heldSyncs>['sql']) =>
  (await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM t'))!.n;

describe('sqliteSql batch', () => {
  it('commits at once, resolves after the WAL fsync, and leaves the connection FULL', async () => {
    const { db, sql, waiting } = heldSyncs();
    const batch = sql.batch([{ sql: 'INSERT INTO t VALUES (1)' }]);
    expect(await count(sql)).toBe(1);
    expect(waiting).toHaveLength(1);
    expect(await settled(batch)).toBe('pending');
    // FULL (2) again for whatever commits next on the shared connection
    expect((db.prepare('PRAGMA synchronous').get() as { synchronous: number }).synchronous).toBe(2);
    waiting[0]!(null);
    await batch;
  });

  it('rejects a batch whose WAL fsync failed, saying so', async () => {
    const { sql, waiting } = heldSyncs();
    const batch = sql.batch([{ sql: 'INSERT INTO t VALUES (1)' }]);
    waiting[0]!(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }));
    await expect(batch).rejects.toMatchObject({ code: 'store-failed', message: 'WAL sync failed' });
  });

  it('does not sync a batch that need not be durable', async () => {
    const { sql, waiting } = heldSyncs();
    await sql.batch([{ sql: 'INSERT INTO t VALUES (1)' }], { durable: false });
    expect(waiting).toHaveLength(0);
    expect(await count(sql)).toBe(1);
  });

  it('rolls back a failing batch without syncing anything', async () => {
    const { sql, waiting } = heldSyncs();
    const batch = sql.batch([
      { sql: 'INSERT INTO t VALUES (1)' },
      { sql: 'INSERT INTO nowhere VALUES (1)' },
    ]);
    await expect(batch).rejects.toThrow(/nowhere/);
    expect(waiting).toHaveLength(0);
    expect(await count(sql)).toBe(0);
  });

  it('syncs a statement run by itself the same way', async () => {
    const { sql, waiting } = heldSyncs();
    const run = sql.run('INSERT INTO t VALUES (1)');
    expect(await count(sql)).toBe(1);
    expect(await settled(run)).toBe('pending');
    waiting[0]!(null);
    expect(await run).toBe(1);
  });

  it('close() waits for the syncs under way', async () => {
    const { sql, waiting } = heldSyncs();
    const batch = sql.batch([{ sql: 'INSERT INTO t VALUES (1)' }]);
    const closing = sql.close();
    expect(await settled(closing)).toBe('pending');
    waiting[0]!(null);
    await batch;
    await closing;
  });
});

describe('sqliteSql bulk pass', () => {
  it('commits its durable writes without a sync each, and resolves after one sync at its end', async () => {
    const { db, sql, waiting } = heldSyncs();
    const pass = sql.bulk!(async () => {
      for (let i = 0; i < 20; i++) {
        await sql.batch([{ sql: 'INSERT INTO t VALUES (?)', params: [i] }]);
        await sql.run('INSERT INTO t VALUES (?)', [-i]);
      }
      return 'done';
    });
    await new Promise((r) => setImmediate(r));
    expect(await count(sql)).toBe(40);
    expect(waiting).toHaveLength(1); // the pass's own, not one per write
    expect(await settled(pass)).toBe('pending');
    expect((db.prepare('PRAGMA synchronous').get() as { synchronous: number }).synchronous).toBe(2);
    waiting[0]!(null);
    expect(await pass).toBe('done');
  });

  it('leaves a write made meanwhile outside the pass waiting for its own sync', async () => {
    const { sql, waiting } = heldSyncs();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const pass = sql.bulk!(async () => {
      await sql.batch([{ sql: 'INSERT INTO t VALUES (1)' }]);
      await gate;
      await sql.batch([{ sql: 'INSERT INTO t VALUES (2)' }]);
    });
    await new Promise((r) => setImmediate(r));
    const request = sql.batch([{ sql: 'INSERT INTO t VALUES (3)' }]);
    expect(waiting).toHaveLength(1);
    expect(await settled(request)).toBe('pending');
    release();
    await new Promise((r) => setImmediate(r));
    expect(waiting).toHaveLength(2); // the request's, then the pass's end
    waiting[0]!(null);
    await request;
    waiting[1]!(null);
    await pass;
    expect(await count(sql)).toBe(3);
  });

  it('rejects the pass when its closing sync fails', async () => {
    const { sql, waiting } = heldSyncs();
    const pass = sql.bulk!(() => sql.batch([{ sql: 'INSERT INTO t VALUES (1)' }]));
    await new Promise((r) => setImmediate(r));
    waiting[0]!(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }));
    await expect(pass).rejects.toMatchObject({ code: 'store-failed', message: 'WAL sync failed' });
  });
});
