// SummaryTable: rows written by an older version are stale (recounted at start), also when
// only a nested record lacks keys — e.g. `missing` before the chair and elected-body
// passport fields were required.
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { EMPTY_SUMMARY, REQUIRED_PASSPORT_FIELDS } from '@profgrid/core';
import { SummaryTable } from './summary-table.ts';

function rawRow(db: DatabaseSync, summary: object): void {
  db.prepare(
    'INSERT INTO org_summaries (org_id, summary, reference_date, updated_at) VALUES (?, ?, ?, ?)',
  ).run('school-1', JSON.stringify(summary), '2026-11-24', 0);
}

describe('SummaryTable', () => {
  it('keeps the reference date of a row with every field', () => {
    const db = new DatabaseSync(':memory:');
    const table = new SummaryTable(db);
    table.put(
      { orgId: 'school-1', summary: { ...EMPTY_SUMMARY, orgs: 1 }, referenceDate: '2026-11-24' },
      0,
    );
    expect(table.all()).toEqual([
      { orgId: 'school-1', summary: { ...EMPTY_SUMMARY, orgs: 1 }, referenceDate: '2026-11-24' },
    ]);
  });

  it('marks a row whose `missing` lacks a required passport field as stale, filled with zeros', () => {
    const db = new DatabaseSync(':memory:');
    const table = new SummaryTable(db);
    const oldMissing = Object.fromEntries(
      REQUIRED_PASSPORT_FIELDS.filter((f) => f !== 'electedBodySize').map((f) => [f, 1]),
    );
    rawRow(db, { ...EMPTY_SUMMARY, orgs: 1, passportRequired: 10, missing: oldMissing });
    const [row] = table.all();
    expect(row?.referenceDate).toBe('');
    expect(row?.summary.missing.electedBodySize).toBe(0);
    expect(row?.summary.missing.chairPhone).toBe(1);
  });
});
