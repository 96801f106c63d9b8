// A sheet as a chair's file holds it: rows with the FILE's own row numbers (blank rows
// dropped but counted, so «E6» in a report is E6 in the file), and the header row found
// below titles («Список членов профсоюза … на 01.12.2026») and blank rows.
import type { CustomColumn } from '../model/custom-column.ts';
import { guessMapping, mapsName } from './mapping.ts';

export interface SheetRow {
  /** 1-based row number in the file. */
  readonly row: number;
  readonly cells: readonly string[];
}

/** Non-blank rows of a table, each with its row number in the file. */
export function sheetRows(table: readonly (readonly string[])[]): SheetRow[] {
  const rows: SheetRow[] = [];
  table.forEach((cells, i) => {
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: i + 1, cells });
  });
  return rows;
}

const SCAN = 30;

/**
 * True when a row reads as the header row of a member list (at least two columns name
 * fields, the person's name among them): a pasted block starting with it is a whole
 * sheet, taken through the import's mapping rather than pasted cell by cell.
 */
export function isHeaderRow(cells: readonly string[], columns: readonly CustomColumn[] = []) {
  const mapping = guessMapping(cells, columns);
  return mapping.filter((f) => f !== null).length >= 2 && mapsName(mapping);
}

/**
 * The index (into `rows`) of the header row: among the first rows, the one whose cells
 * name the most fields (at least two); without such a row, the first row with at least
 * two filled cells (a title is one cell), else the first row.
 */
export function findHeaderRow(
  rows: readonly SheetRow[],
  columns: readonly CustomColumn[] = [],
): number {
  let best = -1;
  let bestScore = 1;
  for (let i = 0; i < Math.min(rows.length, SCAN); i++) {
    const score = guessMapping(rows[i]!.cells, columns).filter((f) => f !== null).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  const wide = rows.findIndex((r) => r.cells.filter((c) => c.trim() !== '').length >= 2);
  return wide >= 0 ? wide : 0;
}
