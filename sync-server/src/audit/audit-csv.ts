// CSV export of audit rows for Russian Excel: UTF-8 with a BOM, ';' separators, CRLF —
// core's serializer, which quotes where needed and neutralizes cells a spreadsheet would
// run as formulas (= + - @ TAB CR).
import { serializeCsv } from '@profgrid/core';
import type { AuditEntry } from '@profgrid/core';

const HEADER = ['id', 'at', 'userId', 'userLogin', 'orgId', 'action', 'detail'] as const;

export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) => HEADER.map((k) => (e[k] === null ? '' : String(e[k]))));
  return '\uFEFF' + serializeCsv([[...HEADER], ...rows], ';');
}
