// Dashboard logic without a DOM: sorting (Russian collation, unknown last), the CSV
// (BOM, `;`, CRLF, decimal comma), which dashboard the header offers, and the Dexie copy
// of the last known figures (validated on read).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EMPTY_SUMMARY, toOrgRollup } from '@profgrid/core';
import type { ChildRollup, Organization } from '@profgrid/core';
import { openDb } from '../persistence/index.ts';
import { loadDashboard, saveDashboard } from './dashboard-cache.ts';
import { dashboardRoot } from './dashboard-root.ts';
import { childrenCsv, sortChildren, toggleSort } from './table.ts';

const period = { from: '2026-01-01', to: '2026-03-01' };
function child(id: string, shortName: string, members: number, workers: number): ChildRollup {
  const s = {
    ...EMPTY_SUMMARY,
    orgs: 1,
    membersTotal: members,
    membersWhereWorkersKnown: members,
    workers,
  };
  return {
    id,
    name: `Полное имя ${shortName}`,
    shortName,
    level: 'primary',
    hasChildren: false,
    rollup: toOrgRollup(id, s, period.to, period),
  };
}
const rows = [
  child('a', 'Школа № 10', 5, 10),
  child('b', 'Школа № 2', 7, 0),
  child('c', 'Ёлочка', 3, 4),
];

describe('sortChildren', () => {
  it('sorts names by Russian collation with numbers in order', () => {
    const names = sortChildren(rows, { key: 'name', descending: false }).map((r) => r.shortName);
    expect(names).toEqual(['Ёлочка', 'Школа № 2', 'Школа № 10']);
  });
  it('sorts numbers; unknown coverage is last in both directions', () => {
    expect(sortChildren(rows, { key: 'membersTotal', descending: true }).map((r) => r.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect(
      sortChildren(rows, { key: 'coveragePercent', descending: true }).map((r) => r.id),
    ).toEqual(['c', 'a', 'b']);
    expect(
      sortChildren(rows, { key: 'coveragePercent', descending: false }).map((r) => r.id),
    ).toEqual(['a', 'c', 'b']);
  });
  it('a click on the same column flips, a new numeric column starts descending', () => {
    expect(toggleSort({ key: 'name', descending: false }, 'name')).toEqual({
      key: 'name',
      descending: true,
    });
    expect(toggleSort({ key: 'name', descending: false }, 'women')).toEqual({
      key: 'women',
      descending: true,
    });
  });
});

describe('childrenCsv', () => {
  it('has a BOM, `;` separators, CRLF, full names, decimal comma and empty unknowns', () => {
    const csv = childrenCsv([rows[2]!, rows[1]!], (k) => k);
    expect(csv.startsWith('\uFEFFdashboard.org;dashboard.members;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('Полное имя Ёлочка;3;0;0;0;0;0;75;');
    expect(lines[2]!.split(';')[7]).toBe('');
  });
});

describe('dashboardRoot', () => {
  const orgs: Organization[] = [
    {
      id: 'city',
      parentId: null,
      name: 'Город',
      shortName: '',
      level: 'local',
      institutionType: null,
    },
    {
      id: 's1',
      parentId: 'city',
      name: 'Школа',
      shortName: '',
      level: 'primary',
      institutionType: 'school',
    },
  ];
  it('offers the territorial grant, nothing to a primary chair', () => {
    expect(dashboardRoot([{ orgId: 'city', role: 'viewer' }], orgs)).toBe('city');
    expect(dashboardRoot([{ orgId: 's1', role: 'editor' }], orgs)).toBeNull();
  });
});

describe('dashboard cache', () => {
  it('keeps the last figures with their time; junk reads as absent', async () => {
    const db = openDb(`dash-${Math.random()}`);
    const rollup = toOrgRollup('city', { ...EMPTY_SUMMARY, membersTotal: 15 }, period.to, period);
    await saveDashboard(db, 'city', rollup, rows, '2026-03-01T10:00:00.000Z');
    const back = await loadDashboard(db, 'city');
    expect(back?.rollup.membersTotal).toBe(15);
    expect(back?.children).toHaveLength(3);
    expect(back?.savedAt).toBe('2026-03-01T10:00:00.000Z');
    await db.dashboards.put({
      orgId: 'x',
      rollup: { membersTotal: '1' },
      children: [],
      savedAt: 'x',
    });
    expect(await loadDashboard(db, 'x')).toBeNull();
    expect(await loadDashboard(db, 'none')).toBeNull();
  });
});
