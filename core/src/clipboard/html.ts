// The `text/html` flavour of a copied block: a plain <table> that Excel, LibreOffice and
// Google Sheets paste cell by cell, with cells as text (`mso-number-format:"\@"`) so Excel
// keeps card numbers' leading zeros. Only for blocks without line breaks or tabs inside a
// cell: LibreOffice's HTML import turns a <br> in a cell into a new row (checked with
// LibreOffice 7.4) and HTML collapses tabs, whereas both spreadsheets read the quoted
// `text/plain` TSV of such blocks cell by cell. Null then: copy only the TSV.

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

const KEEPS_CELLS = /[\t\r\n]/;

export function htmlTableFlavour(rows: readonly (readonly string[])[]): string | null {
  if (rows.some((row) => row.some((cell) => KEEPS_CELLS.test(cell)))) return null;
  const td = (cell: string) => `<td style="mso-number-format:'\\@'">${escapeHtml(cell)}</td>`;
  const body = rows.map((row) => `<tr>${row.map(td).join('')}</tr>`).join('');
  return `<meta charset="utf-8"><table><tbody>${body}</tbody></table>`;
}
