// The removal form (снятие с учёта): a typed date and a reason code, checked before the
// event is recorded through OrgDoc.removeFromRegister.
import { LEAVE_REASONS, isIsoDate, normalizeDateInput } from '@profgrid/core';
import type { LeaveReason } from '@profgrid/core';

export type RemovalInput =
  | { readonly ok: true; readonly date: string; readonly reason: LeaveReason }
  | { readonly ok: false; readonly error: 'date' | 'reason' };

export function parseRemoval(dateText: string, reason: string, today: string): RemovalInput {
  const date = normalizeDateInput(dateText);
  if (!isIsoDate(date) || date > today || date < '1900-01-01') return { ok: false, error: 'date' };
  if (!(LEAVE_REASONS as readonly string[]).includes(reason)) return { ok: false, error: 'reason' };
  return { ok: true, date, reason: reason as LeaveReason };
}
