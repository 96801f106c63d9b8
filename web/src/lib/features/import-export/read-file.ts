// A picked file → rows of strings, blank rows included (row numbers are the file's). .xlsx
// goes through the lazily loaded reader; anything else is CSV text, UTF-8 or
// Windows-1251, `,` or `;` (core decides). Errors are codes.
import { decodeImportText, parseCsv } from '@profgrid/core';
import { readXlsxTable } from './xlsx.ts';

export type ReadResult =
  | { readonly ok: true; readonly table: string[][]; readonly format: 'xlsx' | 'csv' }
  | { readonly ok: false; readonly code: 'unreadable' | 'empty' };

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // a zip container

export async function readImportFile(file: Blob & { name?: string }): Promise<ReadResult> {
  let table: string[][];
  let format: 'xlsx' | 'csv';
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const zip = XLSX_MAGIC.every((b, i) => bytes[i] === b);
    if (zip || file.name?.toLowerCase().endsWith('.xlsx')) {
      format = 'xlsx';
      table = await readXlsxTable(bytes.buffer);
    } else {
      format = 'csv';
      table = parseCsv(decodeImportText(bytes).text);
    }
  } catch {
    return { ok: false, code: 'unreadable' };
  }
  // Blank rows stay: row numbers in the preview and the report are the file's own.
  if (table.filter((r) => r.some((c) => c.trim() !== '')).length < 2) {
    return { ok: false, code: 'empty' };
  }
  return { ok: true, table, format };
}
