// Live summaries of a committee table: counts and percentages by a choice column, grouped
// by another; overdue deadlines. Pure functions of the table's data and today's date.
import type { TableColumn } from './columns.ts';
import type { TableData, TableRow } from './table-doc.ts';

export interface CountCell {
  readonly value: string;
  readonly count: number;
  /** Percent of the group's rows, unrounded (formatPercent rounds for display). */
  readonly percent: number;
}

export interface GroupCounts {
  /** The group's value ('' = rows without one); the whole table for the total line. */
  readonly group: string;
  readonly rows: number;
  /** One per choice of the counted column, in its order, then '' (no value). */
  readonly counts: readonly CountCell[];
  /** The column's named totals (принято = принято + принято с отличием). */
  readonly totals: readonly CountCell[];
}

export interface ChoiceSummary {
  readonly column: TableColumn;
  readonly groupBy: TableColumn | null;
  readonly groups: readonly GroupCounts[];
  readonly total: GroupCounts;
}

const percentOf = (count: number, rows: number) => (rows === 0 ? 0 : (count * 100) / rows);

function countRows(group: string, rows: readonly TableRow[], column: TableColumn): GroupCounts {
  const by = new Map<string, number>();
  for (const row of rows) {
    const v = row.values[column.id] ?? '';
    by.set(v, (by.get(v) ?? 0) + 1);
  }
  const values = [...column.choices];
  for (const v of by.keys()) if (v !== '' && !values.includes(v)) values.push(v);
  if (by.has('')) values.push('');
  const cell = (value: string, count: number): CountCell => ({
    value,
    count,
    percent: percentOf(count, rows.length),
  });
  return {
    group,
    rows: rows.length,
    counts: values.map((v) => cell(v, by.get(v) ?? 0)),
    totals: (column.totals ?? []).map((t) =>
      cell(
        t.name,
        t.values.reduce((sum, v) => sum + (by.get(v) ?? 0), 0),
      ),
    ),
  };
}

/** Counts of `column`'s values, per value of `groupBy` (in its choice order) and overall. */
export function choiceSummary(
  table: TableData,
  column: TableColumn,
  groupBy: TableColumn | null = null,
): ChoiceSummary {
  const groups: GroupCounts[] = [];
  if (groupBy) {
    const byGroup = new Map<string, TableRow[]>();
    for (const row of table.rows) {
      const g = row.values[groupBy.id] ?? '';
      const list = byGroup.get(g);
      if (list) list.push(row);
      else byGroup.set(g, [row]);
    }
    const order = [...groupBy.choices];
    for (const g of byGroup.keys()) if (g !== '' && !order.includes(g)) order.push(g);
    if (byGroup.has('')) order.push('');
    for (const g of order) {
      const rows = byGroup.get(g);
      if (rows) groups.push(countRows(g, rows, column));
    }
  }
  return { column, groupBy, groups, total: countRows('', table.rows, column) };
}

export interface OverdueCount {
  readonly column: TableColumn;
  /** Rows whose deadline in this column is past and not met. */
  readonly rows: readonly string[];
}

/** A row's deadline in `column` is past (before `today`, ISO) and its state is not done. */
export function isOverdue(row: TableRow, column: TableColumn, today: string): boolean {
  if (!column.due) return false;
  const date = row.values[column.id] ?? '';
  if (date === '' || date >= today) return false;
  return !column.due.done.includes(row.values[column.due.state] ?? '');
}

/** Overdue rows per deadline column (only columns with a due rule). */
export function overdueCounts(table: TableData, today: string): OverdueCount[] {
  return table.columns
    .filter((c) => c.due)
    .map((column) => ({
      column,
      rows: table.rows.filter((r) => isOverdue(r, column, today)).map((r) => r.id),
    }));
}

/** Rows with at least one overdue deadline. */
export function overdueRows(table: TableData, today: string): Set<string> {
  return new Set(overdueCounts(table, today).flatMap((o) => o.rows));
}

/** 99.3506… → «99,35 %» (two decimals, Russian comma; 100 → «100 %»). */
export function formatPercent(percent: number): string {
  const fixed = (Math.round(percent * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
  return `${fixed.replace('.', ',')}\u00a0%`;
}

/** The choice columns a summary can count or group by. */
export function choiceColumns(table: TableData): TableColumn[] {
  return table.columns.filter((c) => c.type === 'choice' || c.type === 'yesno');
}
