// The registry contract, write-behind (store/write-behind.ts, under the audit counts and
// rollup summaries): nothing pending is lost to a failed flush — its values are written
// by the next one, counts combined by `merge` — and flushes run in order, so the last
// value wins, also when an earlier flush failed. The same cases on SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { WriteBehind } from '../src/store/write-behind.ts';
import { DIALECTS, openRegistryDb, registryDbLifecycle } from './registry-db.ts';
import type { Dialect, RegistryDb } from './registry-db.ts';

registryDbLifecycle();
const opened: RegistryDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

const HOUR = 3_600_000; // no timer fires during a test: every flush here is explicit

async function open(dialect: Dialect) {
  const db = await openRegistryDb(dialect);
  opened.push(db);
  await db.sql.run('CREATE TABLE wb (k TEXT PRIMARY KEY, v INTEGER NOT NULL)');
  const value = async (k: string) =>
    (await db.sql.get<{ v: number }>('SELECT v FROM wb WHERE k = ?', [k]))?.v;
  const errors: unknown[] = [];
  return { db, value, errors, onError: (err: unknown) => errors.push(err) };
}

describe.each(DIALECTS)('WriteBehind on %s', (dialect) => {
  it('writes counts kept back by a failed flush with the next one, merged', async () => {
    const { db, value, onError } = await open(dialect);
    const counts = new WriteBehind<string, number>(db.sql, {
      everyMs: HOUR,
      onError,
      merge: (failed, newer) => failed + newer,
      statement: (k, n) => ({
        sql: 'INSERT INTO wb (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = wb.v + excluded.v',
        params: [k, n],
      }),
    });
    const add = (k: string, n: number) => counts.update(k, (pending) => (pending ?? 0) + n);
    add('a', 1);
    await counts.flush();
    add('a', 1);
    add('a', 1);
    add('b', 5);
    await db.sql.run('ALTER TABLE wb RENAME TO wb_away'); // the batch fails
    await expect(counts.flush()).rejects.toThrow();
    add('a', 10);
    await db.sql.run('ALTER TABLE wb_away RENAME TO wb');
    expect(await value('a')).toBe(1);
    await counts.flush();
    expect(await value('a')).toBe(13);
    expect(await value('b')).toBe(5);
    await counts.flush(); // nothing left to write twice
    expect(await value('a')).toBe(13);
  });

  it('a batch that need not be durable is still all or nothing, and later commits are durable again', async () => {
    const { db, value } = await open(dialect);
    const insert = (k: string, v: number) => ({
      sql: 'INSERT INTO wb (k, v) VALUES (?, ?)',
      params: [k, v],
    });
    await db.sql.batch([insert('a', 1), insert('b', 2)], { durable: false });
    await expect(
      db.sql.batch([insert('c', 3), insert('a', 4)], { durable: false }),
    ).rejects.toThrow();
    expect([await value('a'), await value('b'), await value('c')]).toEqual([1, 2, undefined]);
    const setting =
      dialect === 'sqlite'
        ? await db.sql.get<{ synchronous: number }>('PRAGMA synchronous')
        : await db.sql.get<{ synchronous_commit: string }>('SHOW synchronous_commit');
    expect(setting).toEqual(
      dialect === 'sqlite' ? { synchronous: 2 } : { synchronous_commit: 'on' },
    );
  });

  it('lets the event loop run between the transactions of a large flush', async () => {
    const { db, value, onError } = await open(dialect);
    const rows = new WriteBehind<string, number>(db.sql, {
      everyMs: HOUR,
      onError,
      statement: (k, v) => ({ sql: 'INSERT INTO wb (k, v) VALUES (?, ?)', params: [k, v] }),
    });
    for (let i = 0; i < 100; i++) rows.update(`k${i}`, () => i);
    const order: string[] = [];
    setImmediate(() => order.push('other work'));
    await rows.flush().then(() => order.push('flushed'));
    expect(order).toEqual(['other work', 'flushed']);
    expect(await value('k99')).toBe(99);
  });

  it('runs flushes in order: the last value wins', async () => {
    const { db, value, onError } = await open(dialect);
    const latest = new WriteBehind<string, number>(db.sql, {
      everyMs: HOUR,
      onError,
      statement: (k, v) => ({
        sql: 'INSERT INTO wb (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v',
        params: [k, v],
      }),
    });
    const flushes: Promise<void>[] = [];
    for (let v = 1; v <= 20; v++) {
      latest.update('a', () => v);
      if (v % 3 === 0) latest.update('b', () => v);
      flushes.push(latest.flush());
    }
    await Promise.all(flushes);
    expect(await value('a')).toBe(20);
    expect(await value('b')).toBe(18);
  });

  it('a value that waited on a failed flush never overwrites a newer one', async () => {
    const { db, value, onError } = await open(dialect);
    let failing = 1; // the first batch written goes to a table that is not there
    const latest = new WriteBehind<string, number>(db.sql, {
      everyMs: HOUR,
      onError,
      statement: (k, v) => ({
        sql: `INSERT INTO ${failing-- > 0 ? 'wb_missing' : 'wb'} (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v`,
        params: [k, v],
      }),
    });
    latest.update('a', () => 1);
    const first = latest.flush();
    latest.update('a', () => 2);
    const second = latest.flush();
    await expect(first).rejects.toThrow();
    await second;
    await latest.flush();
    expect(await value('a')).toBe(2);
  });
});
