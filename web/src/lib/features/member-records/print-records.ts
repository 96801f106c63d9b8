// Opens a member's printed record in a new window and starts printing (A4). The data
// comes from the organization's document in this tab, never from the server.
import type { OrgDoc } from '@profgrid/core';
import { readPositions } from '@profgrid/core/positions';
import { application, registrationCard } from './record-data.ts';
import { applicationHtml, registrationCardHtml } from './record-sheets.ts';

export type RecordKind = 'card' | 'application';

export function recordHtml(
  kind: RecordKind,
  doc: OrgDoc,
  memberId: string,
  orgName: string,
  today: string,
): string | null {
  const m = doc.member(memberId);
  if (!m) return null;
  return kind === 'card'
    ? registrationCardHtml(
        registrationCard(m, orgName, doc.events(), readPositions(doc.ydoc), today),
      )
    : applicationHtml(application(m, orgName));
}

export function printRecord(html: string): Window | null {
  const win = window.open('', '_blank');
  if (!win) return null;
  win.document.open();
  win.document.write(html);
  win.document.close();
  win.focus();
  win.print();
  return win;
}
