// The relay's PostgreSQL pool on a real server: connections above POOL_MIN close after the
// idle timeout, POOL_MIN of them stay open (and answer at once); openPgPool opens them
// before it returns, so the first answers after a start open no connection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POOL_MIN, connectPg, openPgPool } from '../src/store/pg-pool.ts';
import { startPostgres } from './servers/real-servers.ts';
import type { RealServer } from './servers/real-servers.ts';

let pg: RealServer;
beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
afterAll(async () => {
  await pg?.destroy();
});

describe('connectPg', () => {
  it('keeps POOL_MIN connections open past the idle timeout and closes the others', async () => {
    const pool = connectPg(pg.url, 100);
    try {
      // six queries at once: six connections, each held until all six are connected
      const clients = await Promise.all(Array.from({ length: 6 }, () => pool.connect()));
      const pids = new Set<number>();
      for (const c of clients)
        pids.add((await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
      expect(pids.size).toBe(6);
      let removals = 0;
      const removed = new Promise<void>((resolve) => {
        pool.on('remove', () => {
          if (++removals === 6 - POOL_MIN) resolve();
        });
      });
      for (const c of clients) c.release();
      await removed;
      // no further removal: only time shows an absence (three more idle timeouts)
      await new Promise((r) => setTimeout(r, 300));
      expect(removals).toBe(6 - POOL_MIN);
      expect(pool.totalCount).toBe(POOL_MIN);
      // the ones kept are the same backends: no new connection for the next queries
      const again = await Promise.all(
        Array.from({ length: POOL_MIN }, () => pool.query('SELECT pg_backend_pid() AS pid')),
      );
      for (const r of again) expect(pids.has(r.rows[0].pid)).toBe(true);
      expect(pool.totalCount).toBe(POOL_MIN);
    } finally {
      await pool.end();
    }
  });
});

describe('openPgPool', () => {
  it('opens POOL_MIN connections before it returns: answers at once open none', async () => {
    const pool = await openPgPool(pg.url);
    try {
      expect(pool.totalCount).toBe(POOL_MIN);
      expect(pool.idleCount).toBe(POOL_MIN);
      let opened = 0;
      pool.on('connect', () => opened++);
      // as many answers at once as connections kept, each reading a session
      const answers = await Promise.all(
        Array.from({ length: POOL_MIN }, () =>
          pool.query('SELECT pg_backend_pid() AS pid, (SELECT count(*) FROM sessions) AS n'),
        ),
      );
      expect(opened).toBe(0);
      expect(new Set(answers.map((r) => r.rows[0].pid)).size).toBeGreaterThanOrEqual(1);
      const { rows } = await pool.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'profgrid-relay'",
      );
      expect(rows[0].n).toBe(POOL_MIN);
    } finally {
      await pool.end();
    }
  });
});
