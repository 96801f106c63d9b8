// Export of the CURRENT VIEW of the member grid: the visible columns in
// displayed order (custom columns included), the rows the grid shows after its filters,
// search and sort, Russian headers and labels. Cells are typed so XLSX gets real dates and
// numbers; CSV shows dates as ДД.ММ.ГГГГ. Pure over (column ids, custom columns, rows).
import {
  FIELD_HEADERS,
  MEMBER_CODECS,
  customCodec,
  customValue,
  formatRuDate,
  isCustomKey,
  isIsoDate,
  isMemberField,
  numberValue,
} from '@profgrid/core';
import type { CustomColumn, MemberRecord } from '@profgrid/core';
import { RECORD_DATE_FIELDS, RECORD_FIELDS, RECORD_PREFIX } from '@profgrid/core/lifecycle';
import type { RecordField } from '@profgrid/core/lifecycle';
import { recordHeader, recordText, recordValue } from '../lifecycle/plain.ts';

export type ExportCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'number'; readonly value: number; readonly text: string };

export interface ExportTable {
  readonly headers: string[];
  /** Per column: date columns get a narrower width in XLSX. */
  readonly dateColumns: boolean[];
  readonly rows: ExportCell[][];
}

const text = (value: string): ExportCell => ({ kind: 'text', text: value });

function dateCell(value: string): ExportCell {
  return isIsoDate(value) ? { kind: 'date', iso: value } : text(value);
}

interface Column {
  readonly header: string;
  readonly date: boolean;
  readonly cell: (row: MemberRecord) => ExportCell;
}

function columnOf(colId: string, custom: ReadonlyMap<string, CustomColumn>): Column | null {
  if (isMemberField(colId)) {
    const codec = MEMBER_CODECS[colId];
    const date = codec.kind === 'date';
    return {
      header: FIELD_HEADERS[colId][0]!,
      date,
      cell: (row) => (date ? dateCell(row[colId]) : text(codec.text(row[colId], 'ru'))),
    };
  }
  const record = colId.startsWith(RECORD_PREFIX) ? colId.slice(RECORD_PREFIX.length) : '';
  if ((RECORD_FIELDS as readonly string[]).includes(record)) {
    const field = record as RecordField;
    const date = RECORD_DATE_FIELDS.has(field);
    return {
      header: recordHeader('ru', field),
      date,
      cell: (row) =>
        date
          ? dateCell(recordValue(row, field))
          : text(recordText('ru', field, recordValue(row, field))),
    };
  }
  const column = isCustomKey(colId) ? custom.get(colId.slice(2)) : undefined;
  if (!column) return null;
  return {
    header: column.name,
    date: column.type === 'date',
    cell: (row) => {
      const value = customValue(row, `c:${column.id}`);
      if (column.type === 'date') return dateCell(value);
      if (column.type === 'number') {
        const n = numberValue(value);
        return n === null ? text(value) : { kind: 'number', value: n, text: value };
      }
      return text(customCodec(column).text(value, 'ru'));
    },
  };
}

/** The table of the given displayed columns over the shown rows. Unknown columns are left out. */
export function viewExportTable(
  colIds: readonly string[],
  customColumns: readonly CustomColumn[],
  rows: readonly MemberRecord[],
): ExportTable {
  const custom = new Map(customColumns.map((c) => [c.id, c]));
  const columns = colIds.map((id) => columnOf(id, custom)).filter((c): c is Column => c !== null);
  return {
    headers: columns.map((c) => c.header),
    dateColumns: columns.map((c) => c.date),
    rows: rows.map((row) => columns.map((c) => c.cell(row))),
  };
}

/** CSV rows: header first, dates ДД.ММ.ГГГГ, numbers as typed. */
export function exportTableCsvRows(table: ExportTable): string[][] {
  return [
    table.headers,
    ...table.rows.map((row) =>
      row.map((cell) => (cell.kind === 'date' ? formatRuDate(cell.iso) : cell.text)),
    ),
  ];
}
