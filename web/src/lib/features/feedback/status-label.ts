// Status wording of feedback messages.
import type { FeedbackStatus } from '@profgrid/core';
import type { MessageKey } from '../../i18n/index.ts';

export const STATUS_LABEL: Record<FeedbackStatus, MessageKey> = {
  new: 'feedback.status.new',
  'in-progress': 'feedback.status.in-progress',
  accepted: 'feedback.status.accepted',
  rejected: 'feedback.status.rejected',
};
