// CSV as Excel writes it: fields separated by `,` or `;` (Russian Excel uses `;`), quoted
// with `"` when they hold the delimiter, a quote (doubled) or a line break. The parser never
// throws: an unterminated quote runs to the end of the text.

import { neutralizeFormula } from '../cells/formula.ts';

export type CsvDelimiter = ',' | ';' | '\t';

/** The delimiter of the first line that has one, counting only characters outside quotes. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  return counts['\t'] > counts[','] ? '\t' : ',';
}

/** Rows of fields; a trailing line break does not make an empty last row. */
export function parseCsv(
  text: string,
  delimiter: CsvDelimiter = detectDelimiter(text),
): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (field !== '' || row.length > 0 || quoted) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A cell as CSV writes it: formulas neutralized (cells/formula.ts), quoted when needed. */
export function csvCell(cell: string, delimiter: CsvDelimiter): string {
  return quoteField(neutralizeFormula(cell), delimiter);
}

function quoteField(value: string, delimiter: CsvDelimiter): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) || /^\s|\s$/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/**
 * CSV text with CRLF line ends, as Excel writes it. Every cell a spreadsheet would run as
 * a formula (= + - @ TAB CR, but not a plain number such as -5) gets a leading apostrophe;
 * our import takes it off again.
 */
export function serializeCsv(
  rows: readonly (readonly string[])[],
  delimiter: CsvDelimiter = ';',
): string {
  return rows.map((r) => r.map((v) => csvCell(v, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
