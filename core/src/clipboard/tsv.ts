// Tab-separated clipboard text as Excel, LibreOffice and Google Sheets write and read it:
// cells split by TAB, rows by CRLF (LF and CR accepted); a cell holding a tab, a line
// break or a double quote is wrapped in quotes with inner quotes doubled. A cell that
// does not START with a quote is literal (quotes inside it are kept as typed). One
// trailing line break (Excel always writes one) ends the last row, it is not an empty row.
// Pure: parse(serialize(m)) = m for every rectangular matrix with at least one column.

export type CellMatrix = string[][];

const NEEDS_QUOTES = /[\t\n\r"]/;

function quote(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** TSV with CRLF row ends and a trailing CRLF, like Excel's copy. */
export function serializeTsv(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  return rows.map((row) => row.map(quote).join('\t')).join('\r\n') + '\r\n';
}

/** Parses clipboard TSV into rows of cells (ragged rows are returned as they are). */
export function parseTsv(text: string): CellMatrix {
  const rows: CellMatrix = [];
  if (text === '') return rows;
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  let endedWithBreak = false;
  while (i < n) {
    let cell = '';
    endedWithBreak = false;
    if (text[i] === '"') {
      // Quoted cell: up to the quote not followed by another quote.
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          // Unterminated: take the rest literally (lenient, like Excel).
          cell += text.slice(i);
          i = n;
          break;
        }
        cell += text.slice(i, close);
        if (text[close + 1] === '"') {
          cell += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
    }
    // Unquoted cell (or junk after a closing quote): up to a tab or a line break.
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 9 || c === 10 || c === 13) break;
      j++;
    }
    cell += text.slice(i, j);
    i = j;
    row.push(cell);
    if (i >= n) break;
    const c = text[i];
    if (c === '\t') {
      i++;
      if (i >= n) row.push('');
      continue;
    }
    // Line break: \r\n, \n or \r.
    i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    endedWithBreak = true;
  }
  if (!endedWithBreak) rows.push(row);
  return rows;
}

/** The smallest matrix of `rows` padded with '' to a rectangle. */
export function rectangular(rows: CellMatrix): CellMatrix {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) =>
    r.length === width ? r : [...r, ...Array<string>(width - r.length).fill('')],
  );
}
