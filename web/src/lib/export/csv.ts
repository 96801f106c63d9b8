// The one CSV writer of the web app: core's serializer (quotes, CRLF, and every cell a
// spreadsheet would run as a formula — = + - @ TAB CR — neutralized with an apostrophe),
// `;` between fields and a UTF-8 BOM, as Russian Excel opens it. Numbers are written with
// a decimal comma. Every CSV export (members, dashboard, passport monitoring, import
// report) goes through here.
import { serializeCsv } from '@profgrid/core';

export type CsvValue = string | number | null;

function cellOf(value: CsvValue): string {
  if (value === null) return '';
  return typeof value === 'number' ? String(value).replace('.', ',') : value;
}

/** CSV text for Russian Excel: BOM, `;`, CRLF, formulas neutralized. */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${serializeCsv(
    rows.map((r) => r.map(cellOf)),
    ';',
  )}`;
}

export function csvBlob(rows: readonly (readonly CsvValue[])[]): Blob {
  return csvTextBlob(csvText(rows));
}

/** The file of a CSV text written by `csvText` (for writers that return the text). */
export function csvTextBlob(text: string): Blob {
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}
