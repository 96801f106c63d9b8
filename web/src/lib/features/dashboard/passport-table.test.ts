// The passport monitoring table: overdue first, then least complete; only the incomplete
// when asked; CSV and XLSX rows carry Russian field names and the deadline.
import { describe, expect, it } from 'vitest';
import type { PassportMonitoring, PassportStatusRow } from '@profgrid/core';
import { passportCsv, passportRows, passportSheet } from './passport-table.ts';

const row = (id: string, percent: number, missing: PassportStatusRow['missing'], overdue = false) =>
  ({
    id,
    name: `Полное ${id}`,
    shortName: id,
    level: 'primary',
    percent,
    missing,
    overdue,
    orgs: 1,
    completeOrgs: missing.length === 0 ? 1 : 0,
    overdueOrgs: overdue ? 1 : 0,
    hasChildren: false,
  }) as const;
const rows = [
  row('Школа № 10', 100, []),
  row('Школа № 2', 86, ['phone']),
  row('Ёлочка', 71, ['phone', 'chairPhone'], true),
  row('Школа № 1', 86, ['address']),
];
const m: PassportMonitoring = {
  orgId: 'city',
  today: '2026-11-24',
  deadline: '2026-11-20',
  setOn: 'city',
  rows,
  total: 4,
  complete: 1,
  overdue: 1,
  rowCount: 4,
  offset: 0,
};

describe('passport monitoring table', () => {
  it('puts overdue first, then the least complete, ties by name', () => {
    expect(passportRows(rows, false).map((r) => r.id)).toEqual([
      'Ёлочка',
      'Школа № 1',
      'Школа № 2',
      'Школа № 10',
    ]);
    expect(passportRows(rows, true).map((r) => r.id)).not.toContain('Школа № 10');
  });

  it('exports CSV with a BOM, `;` and the missing fields in Russian', () => {
    const csv = passportCsv(m, passportRows(rows, true), 'ru');
    expect(csv.startsWith('\uFEFFОрганизация;Заполнено, %;Не заполнено;Просрочено\r\n')).toBe(true);
    expect(csv).toContain('Полное Ёлочка;71;Телефон, Телефон председателя;да\r\n');
  });

  it('a committee row says how many of its primary organizations are complete', () => {
    const committee: PassportStatusRow = {
      ...row('Район', 40, []),
      orgs: 10,
      completeOrgs: 4,
      overdueOrgs: 6,
      overdue: true,
      hasChildren: true,
    };
    expect(passportRows([committee], true)).toHaveLength(1);
    expect(passportCsv(m, [committee], 'ru')).toContain('Полное Район;40;заполнены 4 из 10;да\r\n');
  });

  it('writes the deadline above the table in the XLSX sheet, percentages as numbers', () => {
    const sheet = passportSheet(m, passportRows(rows, true), 'ru');
    expect(sheet[0]![0]).toMatchObject({ value: 'Срок заполнения паспортов: 20.11.2026' });
    expect(sheet[2]![1]).toEqual({ value: 71, type: Number });
  });
});
