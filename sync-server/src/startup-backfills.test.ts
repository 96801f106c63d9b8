// The start-up back-fills run on one instance of a cluster at a time (real PostgreSQL):
// while another instance holds their lock, a starting instance neither indexes nor links
// anything and answers all the same; once the lock is free it takes it and runs them (and
// finds nothing left when the first did them); stopping it while it waits ends the wait
// at once. On SQLite they run at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, silentLogger } from './log.ts';
import { openPgPool } from './store/pg-pool.ts';
import { pgSql } from './store/pg-sql.ts';
import type { Sql } from './store/sql.ts';
import { openSqlite } from './store/sqlite-db.ts';
import { sqliteSql } from './store/sqlite-sql.ts';
import { BACKFILL_LOCK, startBackfills } from './startup-backfills.ts';
import { removeDir, startTestRelay, tempDataDir } from '../test/relay-harness.ts';
import { startPostgres } from '../test/servers/real-servers.ts';
import type { RealServer } from '../test/servers/real-servers.ts';
import type pg from 'pg';

let server: RealServer;
const pools: pg.Pool[] = [];
beforeAll(async () => {
  server = await startPostgres();
}, 60_000);
afterAll(async () => {
  for (const pool of pools) await pool.end();
  await server.destroy();
}, 60_000);

/** One instance's own pool on the shared database. */
async function instanceSql(): Promise<Sql> {
  const pool = await openPgPool(server.url);
  pools.push(pool);
  return pgSql(pool);
}

/** Takes the back-fill lock on `sql` and holds it until `release()`; resolves once it is held
 * (so an instance started after it finds it taken, instead of taking it first). */
async function holdLock(sql: Sql): Promise<{ release: () => void; held: Promise<void> }> {
  let release!: () => void;
  let locked!: () => void;
  const isLocked = new Promise<void>((r) => (locked = r));
  const held = sql.exclusive(BACKFILL_LOCK, () => {
    locked();
    return new Promise<void>((r) => (release = r));
  });
  await isLocked;
  return { release, held };
}

/** A logger that resolves `waiting` when the instance says it waits for the lock. */
function watchedLogger() {
  let said!: () => void;
  const waiting = new Promise<void>((resolve) => (said = resolve));
  const logger = createLogger((line) => {
    if ((JSON.parse(line) as { msg: string }).msg.includes('wait for another instance')) said();
  });
  return { logger, waiting };
}

describe('start-up back-fills, one instance at a time', () => {
  it('a second instance runs them only after the first is done', async () => {
    const [first, second] = [await instanceSql(), await instanceSql()];
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const a = startBackfills({
      sql: first,
      logger: silentLogger,
      run: async () => {
        order.push('first begins');
        entered();
        await gate;
        order.push('first ends');
      },
    });
    await inside;
    const watched = watchedLogger();
    const b = startBackfills({
      sql: second,
      logger: watched.logger,
      retryMs: 20,
      run: async () => void order.push('second runs'),
    });
    await watched.waiting;
    expect(order).toEqual(['first begins']);
    release();
    await Promise.all([a.done, b.done]);
    expect(order).toEqual(['first begins', 'first ends', 'second runs']);
  });

  it('stopping an instance that waits ends its wait without running them', async () => {
    const [holder, waiter] = [await instanceSql(), await instanceSql()];
    const { release, held } = await holdLock(holder);
    try {
      const watched = watchedLogger();
      let ran = false;
      const b = startBackfills({
        sql: waiter,
        logger: watched.logger,
        retryMs: 60_000, // only stop() can end this wait within the test's time
        run: async () => void (ran = true),
      });
      await watched.waiting;
      await b.stop();
      expect(ran).toBe(false);
    } finally {
      release();
      await held;
    }
  });

  it('a relay started while the lock is held answers, indexes nothing, then back-fills', async () => {
    const holder = await instanceSql();
    const { release, held } = await holdLock(holder);
    const watched = watchedLogger();
    const relay = await startTestRelay({
      dataDir: tempDataDir(),
      seed: 'demo',
      databaseUrl: server.url,
      logger: watched.logger,
    });
    try {
      await watched.waiting;
      expect((await fetch(`${relay.server.url}/healthz`)).status).toBe(200);
      const { duplicates } = relay.server;
      expect(await duplicates.store.keysOf('school-004')).toEqual([]);
      expect(await holder.all('SELECT org_id FROM positions_backfilled')).toEqual([]);
      release();
      await held;
      await relay.server.backfilled;
      // school 4's members are in the index though nobody changed its document
      expect((await duplicates.store.keysOf('school-004')).length).toBeGreaterThan(10);
      expect((await holder.all('SELECT org_id FROM positions_backfilled')).length).toBeGreaterThan(
        10,
      );
    } finally {
      release(); // again, if an expectation failed before: the lock must not outlive the test
      await held;
      await relay.server.close();
      removeDir(relay.dataDir);
    }
  }, 120_000);

  it('on SQLite they run at once', () => {
    const dir = tempDataDir();
    const db = openSqlite(dir);
    try {
      let ran = false;
      startBackfills({
        sql: sqliteSql(db),
        logger: silentLogger,
        run: async () => void (ran = true),
      });
      expect(ran).toBe(true);
    } finally {
      db.close();
      removeDir(dir);
    }
  });
});
