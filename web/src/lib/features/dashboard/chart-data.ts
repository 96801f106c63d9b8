// Data of the dashboard's charts, from counts only: composition by category and by age
// (shares of the subtree's members, unknowns included so the bars add up), joined vs
// left by month of the period, and the children with the lowest coverage. Pure, tested.
import { MONTHS } from '@profgrid/core';
import type { ChildRollup, OrgRollup } from '@profgrid/core';
import type { MessageKey } from '../../i18n/index.ts';

export interface Segment {
  readonly key: string;
  readonly label: MessageKey;
  readonly count: number;
  /** Share of the total, 0..100, one decimal. */
  readonly percent: number;
}

function segments(parts: [string, MessageKey, number][]): Segment[] {
  const total = parts.reduce((s, [, , n]) => s + n, 0);
  return parts.map(([key, label, count]) => ({
    key,
    label,
    count,
    percent: total > 0 ? Math.round((count / total) * 1000) / 10 : 0,
  }));
}

export function categorySegments(r: OrgRollup): Segment[] {
  return segments([
    ['working', 'dashboard.working', r.working],
    ['student', 'dashboard.students', r.student],
    ['pensioner', 'dashboard.pensioners', r.pensioner],
    ['unknown', 'dashboard.unknown', r.categoryUnknown],
  ]);
}

export function ageSegments(r: OrgRollup): Segment[] {
  return segments([
    ['youth', 'dashboard.youth', r.youth],
    ['36-50', 'dashboard.age36to50', r.age36to50],
    ['51-65', 'dashboard.age51to65', r.age51to65],
    ['66+', 'dashboard.age66plus', r.age66plus],
    ['unknown', 'dashboard.unknown', r.ageUnknown],
  ]);
}

export interface MonthBar {
  readonly month: string;
  readonly joined: number;
  readonly left: number;
}

/** Months from the period's start to its end (within one year), with both counts. */
export function monthBars(r: OrgRollup): MonthBar[] {
  const from = Number(r.period.from.slice(5, 7));
  const to =
    r.period.from.slice(0, 4) === r.period.to.slice(0, 4) ? Number(r.period.to.slice(5, 7)) : 12;
  return MONTHS.filter((m) => Number(m) >= from && Number(m) <= to).map((m) => ({
    month: m,
    joined: r.joinedByMonth[m],
    left: r.leftByMonth[m],
  }));
}

/** Children with a known coverage, lowest first (the committee's attention list). */
export function lowestCoverage(children: readonly ChildRollup[], limit: number): ChildRollup[] {
  return children
    .filter((c) => c.rollup.coveragePercent !== null)
    .sort((a, b) => a.rollup.coveragePercent! - b.rollup.coveragePercent!)
    .slice(0, limit);
}
