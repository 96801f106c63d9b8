// Whether a member is on the register now, and whether a new enrolment, removal or
// restoring record may be made — read from the member's dated records only. The `status`
// field is no longer written by anyone: it survives as the undated status a member had
// before records existed (or that an imported file gave a new member), and only an
// enrolment or restoring record clears it. So concurrent offline records simply add up
// (Y.Array) and every replica replays them to the same status.
import { isIsoDate } from '../cells/dates.ts';
import type { MembershipEvent } from '../model/event.ts';
import type { MemberStatus } from '../model/member.ts';
import { EVENT_EFFECTS } from './effects.ts';
import { factsByMember, timelineOf } from './timeline.ts';
import type { Fact, TimelineMember } from './timeline.ts';

/** The member fields a record decision reads. */
export interface RecordedMember extends TimelineMember {
  /** The stored (undated, legacy) status: 'left' or ''/'active'. */
  readonly status: string;
}

/**
 * Today's status: an undated 'left' stays left until a record enters the member again
 * (that record clears it); otherwise the last dated fact decides; no fact at all: active.
 */
/** The member fields statusOf reads besides the records: a change of others keeps the status. */
export const STATUS_FIELDS: ReadonlySet<string> = new Set(['status', 'joinedDate']);

export function statusOf(member: RecordedMember, facts: readonly Fact[]): MemberStatus {
  if (member.status === 'left') return 'left';
  const timeline = timelineOf(member, facts);
  const last = timeline[timeline.length - 1];
  return last && last.effect === 'leaves' ? 'left' : 'active';
}

export type RecordRefusal =
  /** No such member. */
  | 'not-found'
  /** The date is not a date, or in the future. */
  | 'bad-date'
  /** Removal of a member who is not on the register. */
  | 'not-on-register'
  /** Removal dated before the member's last enrolment (or restoring). */
  | 'before-enrolment'
  /** Restoring of a member who is on the register. */
  | 'on-register'
  /** Restoring dated before the member's removal. */
  | 'before-removal'
  /** An enrolment record for a member who already has one. */
  | 'already-enrolled'
  /** An enrolment dated after the member's removal (that is a restoring). */
  | 'after-removal';

export type RecordCheck =
  { readonly ok: true } | { readonly ok: false; readonly reason: RecordRefusal };

const ok: RecordCheck = { ok: true };
const refuse = (reason: RecordRefusal): RecordCheck => ({ ok: false, reason });

function lastDate(timeline: readonly Fact[], effect: Fact['effect']): string | null {
  for (let i = timeline.length - 1; i >= 0; i--) {
    if (timeline[i]!.effect === effect) return timeline[i]!.date;
  }
  return null;
}

function badDate(date: string, today: string): boolean {
  return !isIsoDate(date) || date > today || date < '1900-01-01';
}

export function checkRemoval(
  member: RecordedMember,
  facts: readonly Fact[],
  date: string,
  today: string,
): RecordCheck {
  if (badDate(date, today)) return refuse('bad-date');
  if (statusOf(member, facts) === 'left') return refuse('not-on-register');
  const entered = lastDate(timelineOf(member, facts), 'enters');
  if (entered !== null && date < entered) return refuse('before-enrolment');
  return ok;
}

export function checkRestore(
  member: RecordedMember,
  facts: readonly Fact[],
  date: string,
  today: string,
): RecordCheck {
  if (badDate(date, today)) return refuse('bad-date');
  if (statusOf(member, facts) !== 'left') return refuse('on-register');
  const left = lastDate(timelineOf(member, facts), 'leaves');
  if (left !== null && date < left) return refuse('before-removal');
  return ok;
}

/** An enrolment record for a member entered without one (the first entry of the timeline). */
export function checkEnrolment(
  member: RecordedMember,
  facts: readonly Fact[],
  date: string,
  today: string,
): RecordCheck {
  if (badDate(date, today)) return refuse('bad-date');
  if (facts.some((f) => f.effect === 'enters')) return refuse('already-enrolled');
  const removals = facts.filter((f) => f.effect === 'leaves').map((f) => f.date);
  if (removals.some((d) => d < date)) return refuse('after-removal');
  return ok;
}

/** The records of one member in the order they take effect (date, then as recorded). */
export function recordsOf(events: readonly MembershipEvent[], memberId: string): MembershipEvent[] {
  const seen = new Set<string>();
  const out: MembershipEvent[] = [];
  for (const e of events) {
    if (e.memberId !== memberId || seen.has(e.id) || !(e.type in EVENT_EFFECTS)) continue;
    seen.add(e.id);
    out.push(e);
  }
  return out.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : 0));
}

export { factsByMember };
