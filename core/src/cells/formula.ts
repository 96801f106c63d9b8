// Spreadsheet formula injection: a CSV cell starting with = + - @ TAB or CR is run as a
// formula by Excel and LibreOffice. Exports put an apostrophe before such a cell (the
// spreadsheets' own "this is text" mark); plain numbers such as -5 or +7 stay numbers.
// Our import takes the apostrophe off again, so an export round-trips.

const TRIGGER = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
// A cell that already starts with apostrophes before a trigger is marked too, so that
// taking one apostrophe off on import gives back exactly what was exported.
const MARKED = /^'+[=+\-@\t\r]/;

function needsMark(cell: string): boolean {
  return (TRIGGER.test(cell) && !PLAIN_NUMBER.test(cell)) || MARKED.test(cell);
}

export function neutralizeFormula(cell: string): string {
  return needsMark(cell) ? `'${cell}` : cell;
}

/** The cell an export neutralized, as it was; any other cell unchanged. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && needsMark(cell.slice(1)) ? cell.slice(1) : cell;
}
