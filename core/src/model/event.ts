// Membership events (R8): enrolment and removal with date, reason and author.

export const EVENT_TYPES = ['joined', 'left'] as const;
export type MembershipEventType = (typeof EVENT_TYPES)[number];

export interface MembershipEvent {
  readonly id: string;
  readonly type: MembershipEventType;
  readonly memberId: string;
  /** ISO date (YYYY-MM-DD) the event takes effect. */
  readonly date: string;
  /** Reason of removal; '' for enrolment. */
  readonly reason: string;
  /** Who recorded it (user login or display name). */
  readonly author: string;
  /** ISO timestamp when it was recorded. */
  readonly recordedAt: string;
}

export const LEAVE_REASONS = [
  'own-will',
  'retired',
  'dismissed',
  'transferred',
  'deceased',
  'expelled',
  'other',
] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];
