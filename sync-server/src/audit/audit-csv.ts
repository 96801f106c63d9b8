// CSV export of audit rows for Russian Excel: UTF-8 with a BOM, ';' separators, CRLF,
// fields quoted when they hold a separator, quote or line break.
import type { AuditEntry } from '@profgrid/core';

const HEADER = ['id', 'at', 'userId', 'userLogin', 'orgId', 'action', 'detail'] as const;

function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function auditCsv(entries: readonly AuditEntry[]): string {
  const lines = [HEADER.join(';')];
  for (const e of entries) lines.push(HEADER.map((k) => field(e[k])).join(';'));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
