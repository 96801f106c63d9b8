// Joined and left within a period, replayed from the same dated facts as the register
// (register-as-of.ts): a member counts as joined when the replay takes them from off to
// on inside the period, as left when it takes them from on to off (by the removal's
// reason). A transfer between organizations of the union is neither: its enrolment
// counts as «принято переводом», its removal as «выбыло переводом». So for every dated
// member, on(start − 1) + joined + transferred in − left − transferred out = on(end) exactly,
// and a form's balance check fails only when the register was changed behind a form
// already handed in, or for undated members (listed apart).
import type { OrgSnapshot } from '../doc/org-doc.ts';
import { LEAVE_REASONS } from '../model/event.ts';
import type { LeaveReason } from '../model/event.ts';
import type { Period } from '../reports/org-summary.ts';
import { addDays } from './calendar.ts';
import { factsByMember, onRegisterAt, timelineOf } from './register-as-of.ts';

export interface Movement {
  /** Enrolments (a transfer in is not one). */
  readonly joined: number;
  /** Removals (a transfer out is not one). */
  readonly left: number;
  /** Entries by a transfer from another organization of the union. */
  readonly transferredIn: number;
  /** Removals by a transfer to another organization of the union. */
  readonly transferredOut: number;
  readonly leftByReason: Readonly<Record<LeaveReason, number>>;
}

const reasonOf = (r: string): LeaveReason =>
  (LEAVE_REASONS as readonly string[]).includes(r) ? (r as LeaveReason) : 'other';

export function registerMovement(snapshot: OrgSnapshot, period: Period): Movement {
  const facts = factsByMember(snapshot);
  const before = addDays(period.from, -1);
  const leftByReason = Object.fromEntries(LEAVE_REASONS.map((r) => [r, 0])) as Record<
    LeaveReason,
    number
  >;
  let joined = 0;
  let left = 0;
  let transferredIn = 0;
  let transferredOut = 0;
  for (const m of snapshot.members) {
    const timeline = timelineOf(m, facts.get(m.id) ?? []);
    if (timeline.length === 0) continue;
    let on = onRegisterAt(timeline, before);
    for (const f of timeline) {
      if (f.date <= before) continue;
      if (f.date > period.to) break;
      if (f.effect === 'enters' && !on) {
        if (f.transferIn) transferredIn++;
        else joined++;
        on = true;
      } else if (f.effect === 'leaves' && on) {
        if (f.transferOut) transferredOut++;
        else {
          left++;
          leftByReason[reasonOf(f.reason)]++;
        }
        on = false;
      }
    }
  }
  return { joined, left, transferredIn, transferredOut, leftByReason };
}
