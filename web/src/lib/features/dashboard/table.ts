// The dashboard's table of direct children: its columns, sorting (Russian collation for
// names, unknown percentages last) and the CSV export (BOM, `;`, CRLF — opens in Excel
// with Cyrillic intact). Plain TypeScript so it is unit-tested without a DOM.
import type { ChildRollup, OrgRollup } from '@profgrid/core';
import type { MessageKey } from '../../i18n/index.ts';
import { csvText } from '../../export/index.ts';
import { ruCollator } from '../../i18n/collate.ts';

export type ColumnKey =
  | 'name'
  | 'membersTotal'
  | 'women'
  | 'youth'
  | 'working'
  | 'student'
  | 'pensioner'
  | 'coveragePercent'
  | 'passportPercent';

export interface Column {
  readonly key: ColumnKey;
  readonly label: MessageKey;
  readonly numeric: boolean;
}

export const COLUMNS: readonly Column[] = [
  { key: 'name', label: 'dashboard.org', numeric: false },
  { key: 'membersTotal', label: 'dashboard.members', numeric: true },
  { key: 'women', label: 'dashboard.women', numeric: true },
  { key: 'youth', label: 'dashboard.youth', numeric: true },
  { key: 'working', label: 'dashboard.working', numeric: true },
  { key: 'student', label: 'dashboard.students', numeric: true },
  { key: 'pensioner', label: 'dashboard.pensioners', numeric: true },
  { key: 'coveragePercent', label: 'dashboard.coverage', numeric: true },
  { key: 'passportPercent', label: 'dashboard.passport', numeric: true },
];

export interface SortState {
  readonly key: ColumnKey;
  readonly descending: boolean;
}

const collator = ruCollator;

export function displayName(c: ChildRollup): string {
  return c.shortName || c.name;
}

export function cellValue(c: ChildRollup, key: ColumnKey): string | number | null {
  return key === 'name' ? displayName(c) : (c.rollup as OrgRollup)[key];
}

/** Rows sorted by one column; null (unknown) values always last, ties by name. */
export function sortChildren(rows: readonly ChildRollup[], sort: SortState): ChildRollup[] {
  const dir = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = cellValue(a, sort.key);
    const y = cellValue(b, sort.key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) return (x - y) * dir;
    } else if (x !== y) return collator.compare(String(x), String(y)) * dir;
    return collator.compare(displayName(a), displayName(b));
  });
}

/** Next sort after a click on a column header: same column flips, a new one starts. */
export function toggleSort(current: SortState, key: ColumnKey): SortState {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: key !== 'name' };
}

/** The table (in the given order) as CSV text with a header row of localized labels. */
export function childrenCsv(
  rows: readonly ChildRollup[],
  label: (key: MessageKey) => string,
): string {
  return csvText([
    COLUMNS.map((c) => label(c.label)),
    ...rows.map((row) => COLUMNS.map((c) => (c.key === 'name' ? row.name : cellValue(row, c.key)))),
  ]);
}
