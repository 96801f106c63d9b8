// Status wording and dates of feedback messages.
import type { FeedbackStatus } from '@profgrid/core';
import type { MessageKey } from '../../i18n/index.ts';

export const STATUS_LABEL: Record<FeedbackStatus, MessageKey> = {
  new: 'feedback.status.new',
  'in-progress': 'feedback.status.in-progress',
  accepted: 'feedback.status.accepted',
  rejected: 'feedback.status.rejected',
};

/** ДД.ММ.ГГГГ ЧЧ:ММ in the browser's time zone. */
export function feedbackTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
