// The table as the grid shows it (columns in display order, rows after search, filters and
// sort): to CSV through the app's one CSV writer (dates as ДД.ММ.ГГГГ), or as cells for
// the member export's XLSX writer (dates as real dates, numbers as numbers). The headers
// are the columns' names, so a file exported here loads back through «Загрузить файл».
import { formatRuDate, isIsoDate, parseCustomNumber } from '@profgrid/core';
import type { TableColumn } from '@profgrid/core/tables';
import { csvBlob } from '../../export/index.ts';
import { writeTableXlsx } from '../import-export/plain.ts';
import type { ExportCell, ExportTable } from '../import-export/plain.ts';
import type { TableGrid } from './table-grid.ts';

function shownColumns(grid: TableGrid): TableColumn[] {
  const byKey = new Map(grid.columns.map((c) => [`c:${c.id}`, c]));
  return grid.api
    .getAllDisplayedColumns()
    .map((col) => byKey.get(col.getColId()))
    .filter((c) => c !== undefined);
}

function cellOf(c: TableColumn, row: Readonly<Record<string, unknown>>): ExportCell {
  const v = row[`c:${c.id}`];
  const text = typeof v === 'string' ? v : '';
  if (c.type === 'yesno') {
    return { kind: 'text', text: text === 'yes' ? 'Да' : text === 'no' ? 'Нет' : '' };
  }
  if (c.type === 'date' && isIsoDate(text)) return { kind: 'date', iso: text };
  const n = c.type === 'number' && text !== '' ? parseCustomNumber(text) : null;
  return n !== null ? { kind: 'number', value: n, text } : { kind: 'text', text };
}

export function tableExportTable(grid: TableGrid): ExportTable {
  const shown = shownColumns(grid);
  const rows: ExportCell[][] = [];
  grid.api.forEachNodeAfterFilterAndSort((node) => {
    const row = node.data as Readonly<Record<string, unknown>> | undefined;
    if (row) rows.push(shown.map((c) => cellOf(c, row)));
  });
  return {
    headers: shown.map((c) => c.name),
    dateColumns: shown.map((c) => c.type === 'date'),
    rows,
  };
}

export function tableCsvBlob(grid: TableGrid): Blob {
  const table = tableExportTable(grid);
  const text = (cell: ExportCell) => (cell.kind === 'date' ? formatRuDate(cell.iso) : cell.text);
  return csvBlob([table.headers, ...table.rows.map((r) => r.map(text))]);
}

/** The same table as XLSX (the writer loads its library on demand, off the grid's path). */
export async function tableXlsxBlob(grid: TableGrid): Promise<Blob> {
  return writeTableXlsx(tableExportTable(grid));
}
