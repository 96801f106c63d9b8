// SummaryTable: rows written by an older version are stale (recounted at start), also when
// only a nested record lacks keys — e.g. `missing` before the chair and elected-body
// passport fields were required, or transfers in and out before they were counted apart.
// On SQLite and on PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_SUMMARY, REQUIRED_PASSPORT_FIELDS } from '@profgrid/core';
import { addSummaries } from '@profgrid/core/reports';
import { DIALECTS, openRegistryDb, registryDbLifecycle } from '../../test/registry-db.ts';
import type { RegistryDb } from '../../test/registry-db.ts';
import type { Sql } from '../store/sql.ts';
import { SummaryTable, summaryFromJson } from './summary-table.ts';

registryDbLifecycle();
const opened: RegistryDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

/** A summary row of school-1 counting `orgs`. */
const row = (orgs: number) => ({
  orgId: 'school-1',
  summary: { ...EMPTY_SUMMARY, orgs },
  referenceDate: '2026-11-24',
});

async function rawRow(sql: Sql, summary: object): Promise<void> {
  await sql.run(
    'INSERT INTO org_summaries (org_id, summary, reference_date, updated_at) VALUES (?, ?, ?, ?)',
    ['school-1', JSON.stringify(summary), '2026-11-24', 0],
  );
}

describe.each(DIALECTS)('SummaryTable on %s', (dialect) => {
  async function open() {
    const db = await openRegistryDb(dialect);
    opened.push(db);
    return { sql: db.sql, table: new SummaryTable(db.sql, (err) => expect.fail(String(err))) };
  }

  it('keeps the reference date of a row with every field; the last put wins', async () => {
    const { table } = await open();
    table.put(row(1), 0, 1);
    await table.flush();
    table.put(row(2), 1, 2);
    table.put(row(3), 2, 3);
    expect(await table.all()).toEqual([{ ...row(3), version: 3 }]);
  });

  it('pages() returns every row once, in pages of the size asked, pending puts included', async () => {
    const { table } = await open();
    const ids = Array.from({ length: 7 }, (_, i) => `org-${i}`);
    ids.forEach((orgId, i) => table.put({ ...row(i), orgId }, 0, 1));
    const pages: string[][] = [];
    for await (const page of table.pages(3)) pages.push(page.map((r) => r.orgId));
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat().sort()).toEqual(ids);
  });

  it('never goes back to an older document version (a late write of another instance)', async () => {
    const { table } = await open();
    table.put(row(5), 0, 50);
    await table.flush();
    table.put(row(4), 1, 40);
    await table.flush();
    expect((await table.all()).map((r) => [r.summary.orgs, r.version])).toEqual([[5, 50]]);
    table.put(row(6), 2, 50); // same state, counted again (another day): replaces
    await table.flush();
    expect((await table.all()).map((r) => [r.summary.orgs, r.version])).toEqual([[6, 50]]);
  });

  it('reads the rows written after a time of the database clock', async () => {
    const { table } = await open();
    const of = (orgId: string) => ({ ...row(0), orgId });
    table.put(of('early'), 0, 1);
    await table.flush();
    const early = await table.writtenSince(0);
    expect(early.rows.map((r) => r.orgId)).toEqual(['early']);
    const between = early.latest;
    expect(between).toBeGreaterThan(0);
    expect(Math.abs(between - (await table.dbNow()))).toBeLessThan(60_000);
    await expect.poll(() => table.dbNow()).toBeGreaterThan(between); // the clock moves on
    table.put(of('late'), 0, 1);
    await table.flush();
    const late = await table.writtenSince(between);
    expect(late.rows.map((r) => r.orgId)).toEqual(['late']);
    expect(late.latest).toBeGreaterThan(between);
  });

  it('marks a row whose `missing` lacks a required passport field as stale, filled with zeros', async () => {
    const { sql, table } = await open();
    const oldMissing = Object.fromEntries(
      REQUIRED_PASSPORT_FIELDS.filter((f) => f !== 'electedBodySize').map((f) => [f, 1]),
    );
    await rawRow(sql, { ...EMPTY_SUMMARY, orgs: 1, passportRequired: 10, missing: oldMissing });
    const [row] = await table.all();
    expect(row?.referenceDate).toBe('');
    expect(row?.summary.missing.electedBodySize).toBe(0);
    expect(row?.summary.missing.chairPhone).toBe(1);
  });

  it('reads a row stored before transfers were counted apart as 0 transfers, stale', async () => {
    const { sql, table } = await open();
    const {
      transferredIn: _in,
      transferredOut: _out,
      ...old
    } = {
      ...EMPTY_SUMMARY,
      orgs: 1,
      membersTotal: 7,
      joined: 2,
    };
    await rawRow(sql, old);
    const [stored] = await table.all();
    expect(stored?.referenceDate).toBe('');
    expect([stored?.summary.transferredIn, stored?.summary.transferredOut]).toEqual([0, 0]);
    const sum = addSummaries(stored!.summary, { ...EMPTY_SUMMARY, orgs: 1, transferredIn: 3 });
    expect([sum.membersTotal, sum.joined, sum.transferredIn, sum.transferredOut]).toEqual([
      7, 2, 3, 0,
    ]);
    // another instance of the older version announcing it: not applied as if complete
    expect(summaryFromJson(old)).toBeNull();
  });
});
