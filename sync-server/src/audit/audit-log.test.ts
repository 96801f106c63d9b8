// The audit log's coalescing: repeated opens/changes of one organization by one user
// within a minute are one row with a count, written behind — and every count is in the
// database after query() or flush(), never lost to the write-behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../store/sqlite-db.ts';
import { AuditLog } from './audit-log.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function open(now: () => number) {
  const dir = mkdtempSync(join(tmpdir(), 'pg-audit-'));
  dirs.push(dir);
  const db = openSqlite(dir);
  return { db, audit: new AuditLog(db, now) };
}

const change = { action: 'doc-change', userId: 'u1', orgId: 'school-004' } as const;
const all = { orgIds: ['school-004'], includeNoOrg: false, limit: 10 };

describe('AuditLog', () => {
  it('coalesces changes within a minute into one row whose count query() sees at once', () => {
    let t = 1_000_000;
    const { audit } = open(() => t);
    for (let i = 0; i < 5; i++) audit.record(change);
    t += 61_000;
    audit.record(change);
    const rows = audit.query(all);
    expect(rows.map((r) => r.detail)).toEqual(['', 'count=5']);
  });

  it('writes pending counts on flush (shutdown), readable by another connection', () => {
    const { db, audit } = open(() => 5_000);
    for (let i = 0; i < 3; i++) audit.record(change);
    const count = () =>
      (db.prepare('SELECT count FROM audit_log').get() as { count: number }).count;
    expect(count()).toBe(1);
    audit.flush();
    expect(count()).toBe(3);
  });
});
