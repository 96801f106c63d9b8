// The removal form (снятие с учёта): a typed date and a reason code, checked before the
// event is recorded through OrgDoc.removeFromRegister.
import { LEAVE_REASONS, readTypedDate } from '@profgrid/core';
import type { LeaveReason, Text } from '@profgrid/core';

export type RemovalInput =
  | { readonly ok: true; readonly date: string; readonly reason: LeaveReason }
  /** A date that is not one, with the reason a date cell gives («Такой даты нет: …»). */
  | { readonly ok: false; readonly error: 'date'; readonly reason: Text }
  | { readonly ok: false; readonly error: 'reason' };

export function parseRemoval(dateText: string, reason: string, today: string): RemovalInput {
  const read = readTypedDate(dateText, { required: true, today });
  if (!read.ok) return { ok: false, error: 'date', reason: read.reason };
  const date = read.iso;
  if (!(LEAVE_REASONS as readonly string[]).includes(reason)) return { ok: false, error: 'reason' };
  return { ok: true, date, reason: reason as LeaveReason };
}
