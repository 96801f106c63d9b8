// XLSX at the edge: read-excel-file / write-excel-file (pure JS, browser and Node), loaded
// with dynamic import() so neither weighs on the grid's cold open. Sheets become plain
// `string[][]` for core's import; dates in exports are real Excel dates.
import {
  EXPORT_FIELDS,
  MEMBER_CODECS,
  exportCells,
  exportHeaders,
  isIsoDate,
} from '@profgrid/core';
import type { MemberRecord } from '@profgrid/core';
import type { ExportTable } from './view-export.ts';

type ReadCell = string | number | boolean | Date | null | undefined | object;

/** A cell as core's import reads it: dates ISO (the library gives UTC midnight), numbers plain. */
export function cellText(value: ReadCell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value as string);
}

/** The first sheet as rows of strings (header first). */
export async function readXlsxTable(input: Blob | ArrayBuffer): Promise<string[][]> {
  const { readSheet } = await import('read-excel-file/universal');
  const data = await readSheet(input, { trim: false });
  return data.map((row) => row.map((c) => cellText(c as ReadCell)));
}

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** The members as one sheet with Russian headers; valid dates as dd.mm.yyyy date cells. */
export async function writeMembersXlsx(members: readonly MemberRecord[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const header = exportHeaders().map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = members.map((m) =>
    exportCells(m).map((value, i) => {
      if (value === '') return null;
      if (MEMBER_CODECS[EXPORT_FIELDS[i]!].kind === 'date' && isIsoDate(value)) {
        return { value: isoToDate(value), type: Date, format: 'dd.mm.yyyy' };
      }
      return { value, type: String };
    }),
  );
  return writeXlsxFile([header, ...rows], {
    sheet: 'Члены профсоюза',
    columns: EXPORT_FIELDS.map((f) => ({ width: MEMBER_CODECS[f].kind === 'date' ? 12 : 18 })),
  }).toBlob();
}

/** An export table (the current view) as one sheet: real date and number cells. */
export async function writeTableXlsx(table: ExportTable): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const header = table.headers.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) =>
    row.map((cell) => {
      if (cell.kind === 'date') {
        return { value: isoToDate(cell.iso), type: Date, format: 'dd.mm.yyyy' };
      }
      if (cell.kind === 'number') return { value: cell.value, type: Number };
      return cell.text === '' ? null : { value: cell.text, type: String };
    }),
  );
  return writeXlsxFile([header, ...rows], {
    sheet: 'Члены профсоюза',
    columns: table.dateColumns.map((date) => ({ width: date ? 12 : 18 })),
  }).toBlob();
}
