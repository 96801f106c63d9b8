// The table as the grid shows it (columns in display order, rows after search, filters and
// sort) to CSV through the app's one CSV writer; dates as ДД.ММ.ГГГГ.
import { formatRuDate, isIsoDate } from '@profgrid/core';
import { csvBlob } from '../../export/index.ts';
import type { TableGrid } from './table-grid.ts';

export function tableCsvBlob(grid: TableGrid): Blob {
  const byKey = new Map(grid.columns.map((c) => [`c:${c.id}`, c]));
  const shown = grid.api
    .getAllDisplayedColumns()
    .map((col) => byKey.get(col.getColId()))
    .filter((c) => c !== undefined);
  const rows: string[][] = [shown.map((c) => c.name)];
  grid.api.forEachNodeAfterFilterAndSort((node) => {
    const row = node.data as Readonly<Record<string, unknown>> | undefined;
    if (!row) return;
    rows.push(
      shown.map((c) => {
        const v = row[`c:${c.id}`];
        const text = typeof v === 'string' ? v : '';
        if (c.type === 'yesno') return text === 'yes' ? 'Да' : text === 'no' ? 'Нет' : '';
        return c.type === 'date' && isIsoDate(text) ? formatRuDate(text) : text;
      }),
    );
  });
  return csvBlob(rows);
}
