// The audit log's coalescing: repeated opens/changes of one organization by one user
// within a clock minute are one row with a count, also when two instances on one database
// record them; rows and counts are written behind — and
// every one is in the database after query() or flush(), never lost to the write-behind,
// even when a flush fails. On SQLite and on PostgreSQL (the same code over store/sql.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, openRegistryDb, registryDbLifecycle } from '../../test/registry-db.ts';
import type { RegistryDb } from '../../test/registry-db.ts';
import { AuditLog } from './audit-log.ts';

registryDbLifecycle();
const opened: RegistryDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

const change = { action: 'doc-change', userId: 'u1', orgId: 'school-004' } as const;
const all = { orgIds: ['school-004'], includeNoOrg: false, limit: 10 };

describe.each(DIALECTS)('AuditLog on %s', (dialect) => {
  async function open(now: () => number) {
    const db = await openRegistryDb(dialect);
    opened.push(db);
    return { db, audit: new AuditLog(db.sql, now, (err) => expect.fail(String(err))) };
  }

  it('coalesces changes within a minute into one row whose count query() sees at once', async () => {
    let t = 1_000_000;
    const { audit } = await open(() => t);
    for (let i = 0; i < 5; i++) await audit.record(change);
    t += 61_000;
    await audit.record(change);
    const rows = await audit.query(all);
    expect(rows.map((r) => r.detail)).toEqual(['', 'count=5']);
  });

  it('keeps the opens of two tables of one organization within a minute apart', async () => {
    const { audit } = await open(() => 3_000);
    const table = (id: string) =>
      ({ ...change, action: 'table-open', detail: `table=${id}` }) as const;
    await audit.record(table('t-1'));
    await audit.record(table('t-2'));
    await audit.record(table('t-1'));
    expect((await audit.query(all)).map((r) => r.detail)).toEqual([
      'table=t-2',
      'table=t-1 count=2',
    ]);
  });

  it('coalesces events recorded concurrently (one insert, the rest counted)', async () => {
    const { audit } = await open(() => 2_000);
    await Promise.all(Array.from({ length: 8 }, () => audit.record(change)));
    expect((await audit.query(all)).map((r) => r.detail)).toEqual(['count=8']);
  });

  it('writes pending rows and counts on flush (shutdown), readable by another connection', async () => {
    const { db, audit } = await open(() => 5_000);
    for (let i = 0; i < 3; i++) await audit.record(change);
    await audit.record({ action: 'login', userId: 'u1', orgId: null });
    const other = await db.reopen();
    opened.push(other);
    const rows = () =>
      other.sql.all<{ action: string; count: number }>(
        'SELECT action, count FROM audit_log ORDER BY id',
      );
    expect(await rows()).toEqual([]);
    await audit.flush();
    expect(await rows()).toEqual([
      { action: 'doc-change', count: 3 },
      { action: 'login', count: 1 },
    ]);
    // later opens of the same window add to the row written
    await audit.record(change);
    await audit.flush();
    expect(await rows()).toEqual([
      { action: 'doc-change', count: 4 },
      { action: 'login', count: 1 },
    ]);
  });

  it('two instances on one database: one row per user × organization × action × minute', async () => {
    let t = 120_000; // the start of a clock minute
    const { db, audit: a } = await open(() => t);
    const other = await db.reopen();
    opened.push(other);
    const b = new AuditLog(
      other.sql,
      () => t,
      (err) => expect.fail(String(err)),
    );
    const open2 = { ...change, action: 'doc-open' } as const;
    // both instances see events of every window, and flush at the same time, in turns
    for (let i = 0; i < 3; i++) {
      await a.record(change);
      await b.record(change);
      await b.record(open2);
      t += 10_000;
      await Promise.all([a.flush(), b.flush()]);
    }
    await a.record(open2);
    t += 40_000; // the next minute: a row of its own
    await b.record(change);
    await Promise.all([a.flush(), b.flush()]);
    const rows = await other.sql.all<{ action: string; at: number; count: number }>(
      'SELECT action, at, count FROM audit_log ORDER BY id',
    );
    expect(rows.map((r) => ({ ...r, at: Number(r.at), count: Number(r.count) }))).toEqual([
      { action: 'doc-change', at: 120_000, count: 6 },
      { action: 'doc-open', at: 120_000, count: 4 },
      { action: 'doc-change', at: 190_000, count: 1 },
    ]);
  });

  it('a failed flush keeps its rows for the next one, with what came meanwhile', async () => {
    let t = 7_000;
    const failures: unknown[] = [];
    const db = await openRegistryDb(dialect);
    opened.push(db);
    let fail = true;
    const sql = {
      ...db.sql,
      batch: (statements: Parameters<typeof db.sql.batch>[0], options?: { durable?: boolean }) =>
        fail ? Promise.reject(new Error('disk full')) : db.sql.batch(statements, options),
    };
    const audit = new AuditLog(
      sql,
      () => t,
      (err) => failures.push(err),
    );
    await audit.record(change);
    await expect(audit.flush()).rejects.toThrow('disk full');
    t += 1000;
    await audit.record(change);
    fail = false;
    await audit.flush();
    expect((await audit.query(all)).map((r) => r.detail)).toEqual(['count=2']);
  });

  it('filters by organization list, time range and rows without an organization', async () => {
    let t = 10_000;
    const { audit } = await open(() => t);
    await audit.record({ action: 'login', userId: 'u1', orgId: null });
    t += 1000;
    await audit.record({ action: 'org-update', userId: 'u1', orgId: 'school-005' });
    t += 1000;
    await audit.record(change);
    const q = (over: object) =>
      audit.query({ ...all, ...over }).then((r) => r.map((e) => e.action));
    expect(await q({})).toEqual(['doc-change']);
    expect(await q({ orgIds: ['school-004', 'school-005'] })).toEqual(['doc-change', 'org-update']);
    expect(await q({ includeNoOrg: true, orgIds: [] })).toEqual(['login']);
    expect(await q({ orgIds: ['school-004', 'school-005'], to: 11_500 })).toEqual(['org-update']);
    expect(await q({ orgIds: ['school-004', 'school-005'], from: 11_500 })).toEqual(['doc-change']);
  });
});
