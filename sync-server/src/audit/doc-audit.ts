// What opening or changing a document is in the audit log: an organization's member list
// (`doc-open` / `doc-change`), a committee table (`table-…`, its id in the detail) or a chair's
// answer to a committee's request (`answer-…`, the request's id in the detail).
import type { AuditAction } from '@profgrid/core';
import { parseRequestDocName } from '@profgrid/core/requests';
import { tableIdOfDocName } from '@profgrid/core/tables';

export function docAuditEvent(
  docName: string,
  change: boolean,
): { readonly action: AuditAction; readonly detail?: string } {
  const verb = change ? 'change' : 'open';
  const tableId = tableIdOfDocName(docName);
  if (tableId !== null) return { action: `table-${verb}`, detail: `table=${tableId}` };
  const requestId = parseRequestDocName(docName)?.requestId;
  if (requestId !== undefined) return { action: `answer-${verb}`, detail: `request=${requestId}` };
  return { action: `doc-${verb}` };
}
