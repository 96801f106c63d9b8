// The `text/html` flavour of a copied block: a plain <table> that Excel, LibreOffice and
// Google Sheets paste cell by cell. Line breaks inside a cell become <br> marked
// `mso-data-placement:same-cell` so Excel keeps them in one cell; cells are text
// (`mso-number-format:"\@"`) so card numbers keep leading zeros.

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function cellHtml(cell: string): string {
  const lines = cell.split(/\r\n|\n|\r/).map(escapeHtml);
  return `<td style="mso-number-format:'\\@'">${lines.join('<br style="mso-data-placement:same-cell">')}</td>`;
}

export function serializeHtmlTable(rows: readonly (readonly string[])[]): string {
  const body = rows.map((row) => `<tr>${row.map(cellHtml).join('')}</tr>`).join('');
  return `<meta charset="utf-8"><table><tbody>${body}</tbody></table>`;
}
