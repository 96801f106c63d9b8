// Membership events (R8): enrolment, removal and restoring to the register, each with its
// date, reason, basis and author. They are the only way a member's place on the register
// changes (see lifecycle/records.ts).

export const EVENT_TYPES = ['joined', 'left', 'restored'] as const;
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
  /** Enrolment: the application's date (ISO) and number. */
  readonly applicationDate?: string;
  readonly applicationNumber?: string;
  /** Removal and restoring: the document it rests on (e.g. «заявление от 01.02.2025»). */
  readonly basis?: string;
  /** Set on both records of a transfer between organizations (the registry's id). */
  readonly transferId?: string;
  /** A transfer's other organization, by name (the receiving chair sees nothing more). */
  readonly otherOrgName?: string;
  /** On a transfer's enrolment: the member's records in the first organization (history only). */
  readonly earlier?: readonly EarlierRecord[];
}

/** A record the member had in another organization, carried by a transfer. */
export interface EarlierRecord {
  readonly type: string;
  readonly date: string;
  readonly reason: string;
  readonly orgName: string;
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
