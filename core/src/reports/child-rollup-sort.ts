// The order of a committee's direct subordinates on its dashboard, shared by the server
// (which sorts and pages them) and the browser (which re-sorts rows a live event changed):
// one column, unknown percentages last, ties by name in Russian collation.
import { ruCollator } from '../i18n/collate.ts';
import type { ChildRollup, OrgRollup } from './rollup-wire.ts';

export const CHILD_SORT_KEYS = [
  'name',
  'membersTotal',
  'women',
  'youth',
  'working',
  'student',
  'pensioner',
  'coveragePercent',
  'passportPercent',
] as const;
export type ChildSortKey = (typeof CHILD_SORT_KEYS)[number];

const collator = ruCollator;

export function childDisplayName(c: Pick<ChildRollup, 'name' | 'shortName'>): string {
  return c.shortName || c.name;
}

export function childSortValue(c: ChildRollup, key: ChildSortKey): string | number | null {
  return key === 'name' ? childDisplayName(c) : (c.rollup as OrgRollup)[key];
}

/** Rows sorted by one column (a new array); null (unknown) values always last, ties by name. */
export function sortChildRollups(
  rows: readonly ChildRollup[],
  key: ChildSortKey,
  descending: boolean,
): ChildRollup[] {
  const dir = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = childSortValue(a, key);
    const y = childSortValue(b, key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) return (x - y) * dir;
    } else if (x !== y) return collator.compare(String(x), String(y)) * dir;
    return collator.compare(childDisplayName(a), childDisplayName(b));
  });
}
