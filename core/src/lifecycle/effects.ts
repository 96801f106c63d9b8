// What each dated fact does to a member's place on the register (R8).
// The register as of a date is replayed from these facts, so this table is the one
// place that says which record puts a member on the register and which takes them off.
import type { MembershipEventType } from '../model/event.ts';

export type RegisterEffect = 'enters' | 'leaves';

/** Membership events in the document (`events`): their effect on the register. */
export const EVENT_EFFECTS: Readonly<Record<MembershipEventType, RegisterEffect>> = {
  joined: 'enters',
  left: 'leaves',
  restored: 'enters',
};

/**
 * Facts taken from the member's own fields when no event says it:
 *  - `joinedDate` (ISO) enters the member on that day (beside any `joined` events: a
 *    date typed in the grid counts even when the enrolment was never recorded as an event),
 *    except for a member who came by transfer: there `joinedDate` is the union seniority
 *    kept from the first organization, and the transfer's enrolment record decides;
 *  - `status: left` without a dated `left` event after the last entry takes the member
 *    off at an unknown date — the member is counted by the dated facts and reported as
 *    undated, so the chair can record the date.
 */
export const FIELD_EFFECTS = {
  joinedDate: 'enters',
} as const satisfies Readonly<Record<string, RegisterEffect>>;

/** On the same day an entry is replayed before a removal (joined and left that day = off). */
export const SAME_DAY_ORDER: Readonly<Record<RegisterEffect, number>> = { enters: 0, leaves: 1 };
