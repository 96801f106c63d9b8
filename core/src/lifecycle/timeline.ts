// A member's dated facts in replay order: the one reading of enrolment, removal and
// restoring records that the current status (records.ts), the register as of a date and
// the movement of a period (register/) all share, so they cannot disagree.
import { isIsoDate } from '../cells/dates.ts';
import type { MembershipEvent } from '../model/event.ts';
import { EVENT_EFFECTS, SAME_DAY_ORDER } from './effects.ts';
import type { RegisterEffect } from './effects.ts';

export interface Fact {
  readonly date: string;
  readonly effect: RegisterEffect;
  /** Reason of a removal ('' for an entry). */
  readonly reason: string;
  /** An enrolment that came by transfer from another organization. */
  readonly transferIn?: boolean;
  /** A removal by transfer to another organization of the union. */
  readonly transferOut?: boolean;
}

/** What `joinedDate` and the events of one member need (a MemberRecord has both). */
export interface TimelineMember {
  readonly joinedDate: string;
}

/** Dated facts of every member, from the document's events (unknown types and duplicates skipped). */
export function factsByMember(events: readonly MembershipEvent[]): Map<string, Fact[]> {
  const byMember = new Map<string, Fact[]>();
  const seen = new Set<string>();
  for (const e of events) {
    if (seen.has(e.id) || !isIsoDate(e.date)) continue;
    const effect = EVENT_EFFECTS[e.type] as RegisterEffect | undefined;
    if (!effect) continue;
    seen.add(e.id);
    let list = byMember.get(e.memberId);
    if (!list) byMember.set(e.memberId, (list = []));
    list.push(factOf(e, effect));
  }
  return byMember;
}

function factOf(e: MembershipEvent, effect: RegisterEffect): Fact {
  const transfer = typeof e.transferId === 'string' && e.transferId !== '';
  const fact = { date: e.date, effect, reason: e.reason };
  if (transfer && e.type === 'joined') return { ...fact, transferIn: true };
  if (transfer && e.type === 'left') return { ...fact, transferOut: true };
  return fact;
}

function order(a: Fact, b: Fact): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return SAME_DAY_ORDER[a.effect] - SAME_DAY_ORDER[b.effect];
}

/**
 * A member's dated facts in replay order (stable: equal facts keep the events' order, which
 * is the same on every replica). `joinedDate` enters the member on that day unless the
 * member came by transfer (then it is the union seniority kept from the first organization).
 */
export function timelineOf(member: TimelineMember, events: readonly Fact[]): Fact[] {
  const facts = [...events];
  if (isIsoDate(member.joinedDate) && !events.some((f) => f.transferIn)) {
    facts.push({ date: member.joinedDate, effect: 'enters', reason: '' });
  }
  return facts.sort(order);
}

/** On the register at the end of `date`, by a timeline (non-empty, sorted). */
export function onRegisterAt(timeline: readonly Fact[], date: string): boolean {
  let decided: Fact | undefined;
  for (const f of timeline) {
    if (f.date > date) break;
    decided = f;
  }
  return decided ? decided.effect === 'enters' : timeline[0]!.effect === 'leaves';
}
