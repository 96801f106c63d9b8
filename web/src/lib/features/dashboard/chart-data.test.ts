// Chart data from counts: composition shares add up with unknowns, months cover the
// period only, and the coverage list is lowest first with unknown coverage left out.
import { describe, expect, it } from 'vitest';
import { EMPTY_SUMMARY, toOrgRollup } from '@profgrid/core';
import type { ChildRollup } from '@profgrid/core';
import { ageSegments, categorySegments, lowestCoverage, monthBars } from './chart-data.ts';

const period = { from: '2026-01-01', to: '2026-03-15' };
const rollup = toOrgRollup(
  'city',
  {
    ...EMPTY_SUMMARY,
    membersTotal: 8,
    working: 5,
    student: 1,
    pensioner: 1,
    categoryUnknown: 1,
    youth: 2,
    age36to50: 2,
    age51to65: 2,
    age66plus: 1,
    ageUnknown: 1,
    joinedByMonth: { ...EMPTY_SUMMARY.joinedByMonth, '02': 3 },
    leftByMonth: { ...EMPTY_SUMMARY.leftByMonth, '03': 1 },
  },
  period.to,
  period,
);

describe('chart data', () => {
  it('composition shares include unknowns and add up to 100', () => {
    expect(categorySegments(rollup).map((s) => s.percent)).toEqual([62.5, 12.5, 12.5, 12.5]);
    expect(ageSegments(rollup).reduce((s, p) => s + p.count, 0)).toBe(8);
  });

  it('months run from the start of the period to its end', () => {
    expect(monthBars(rollup)).toEqual([
      { month: '01', joined: 0, left: 0 },
      { month: '02', joined: 3, left: 0 },
      { month: '03', joined: 0, left: 1 },
    ]);
  });

  it('lowest coverage first; unknown coverage is not listed', () => {
    const child = (id: string, members: number, workers: number): ChildRollup => ({
      id,
      name: id,
      shortName: id,
      level: 'primary',
      hasChildren: false,
      rollup: toOrgRollup(
        id,
        { ...EMPTY_SUMMARY, membersTotal: members, membersWhereWorkersKnown: members, workers },
        period.to,
        period,
      ),
    });
    const list = lowestCoverage([child('a', 9, 10), child('b', 5, 10), child('c', 5, 0)], 5);
    expect(list.map((c) => c.id)).toEqual(['b', 'a']);
  });
});
