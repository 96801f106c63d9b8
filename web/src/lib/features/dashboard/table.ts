// The dashboard's table of direct children: its columns, sorting (Russian collation for
// names, unknown percentages last) and the CSV export (BOM, `;`, CRLF — opens in Excel
// with Cyrillic intact). Plain TypeScript so it is unit-tested without a DOM.
import { childDisplayName, childSortValue, sortChildRollups } from '@profgrid/core';
import type { ChildRollup, ChildSortKey } from '@profgrid/core';
import type { MessageKey } from '../../i18n/index.ts';
import { csvText } from '../../export/index.ts';

export type ColumnKey = ChildSortKey;

export interface Column {
  readonly key: ColumnKey;
  readonly label: MessageKey;
  readonly numeric: boolean;
  /** Decimals shown, always as many (a column of shares reads «86,90» under «86,59»). */
  readonly decimals?: number;
}

export const COLUMNS: readonly Column[] = [
  { key: 'name', label: 'dashboard.org', numeric: false },
  { key: 'membersTotal', label: 'dashboard.members', numeric: true },
  { key: 'women', label: 'dashboard.women', numeric: true },
  { key: 'youth', label: 'dashboard.youth', numeric: true },
  { key: 'working', label: 'dashboard.working', numeric: true },
  { key: 'student', label: 'dashboard.students', numeric: true },
  { key: 'pensioner', label: 'dashboard.pensioners', numeric: true },
  { key: 'coveragePercent', label: 'dashboard.coverage', numeric: true, decimals: 2 },
  { key: 'passportPercent', label: 'dashboard.passport', numeric: true },
];

export interface SortState {
  readonly key: ColumnKey;
  readonly descending: boolean;
}

export function displayName(c: ChildRollup): string {
  return childDisplayName(c);
}

export function cellValue(c: ChildRollup, key: ColumnKey): string | number | null {
  return childSortValue(c, key);
}

/** Rows sorted by one column; null (unknown) values always last, ties by name. */
export function sortChildren(rows: readonly ChildRollup[], sort: SortState): ChildRollup[] {
  return sortChildRollups(rows, sort.key, sort.descending);
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

/** `a=1&b=2` of plain parameters (REST queries of the dashboard). */
export const queryString = (params: Record<string, string>): string =>
  new URLSearchParams(params).toString();
