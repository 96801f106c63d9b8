// The register as of a date: who was on the register at the end of day
// D, replayed from dated facts (EVENT_EFFECTS, FIELD_EFFECTS), never from today's status
// alone. A form for D opened in March equals one opened on 2 January, whatever was
// recorded since with a date after D.
//
// Per member, the dated facts are sorted (entries before removals on the same day):
//  - the last fact on or before D decides: entered → on, left → off;
//  - no fact on or before D: off when the first fact is an entry (joined later), on when
//    it is a removal (joined before the records began);
//  - no dated fact at all: today's status decides, and the member is listed as undated.
// A member whose status is `left` without a dated removal after the last entry is counted
// by the dated facts and listed as undated too.
import type { OrgSnapshot } from '../doc/org-doc.ts';
import type { MemberRow } from '../model/custom-column.ts';
import { factsByMember as factsOfEvents, onRegisterAt, timelineOf } from '../lifecycle/timeline.ts';
import type { Fact } from '../lifecycle/timeline.ts';

export { onRegisterAt, timelineOf };
export type { Fact };

export interface RegisterAsOf {
  readonly date: string;
  /** Members on the register at the end of `date`, in snapshot order. */
  readonly members: readonly MemberRow[];
  /** Members whose place at `date` rests on an undated status (ids, snapshot order). */
  readonly undated: readonly string[];
}

export function factsByMember(snapshot: OrgSnapshot): Map<string, Fact[]> {
  return factsOfEvents(snapshot.events);
}

/** Whether one member is on the register at the end of `date`, and whether that is dated. */
export function memberOnRegister(
  member: MemberRow,
  events: readonly Fact[],
  date: string,
): { on: boolean; undated: boolean } {
  const timeline = timelineOf(member, events);
  if (timeline.length === 0) return { on: member.status !== 'left', undated: true };
  const undated = member.status === 'left' && timeline[timeline.length - 1]!.effect === 'enters';
  return { on: onRegisterAt(timeline, date), undated };
}

export function registerAsOf(snapshot: OrgSnapshot, date: string): RegisterAsOf {
  const facts = factsByMember(snapshot);
  const members: MemberRow[] = [];
  const undated: string[] = [];
  for (const m of snapshot.members) {
    const state = memberOnRegister(m, facts.get(m.id) ?? [], date);
    if (state.on) members.push(m);
    if (state.undated) undated.push(m.id);
  }
  return { date, members, undated };
}
