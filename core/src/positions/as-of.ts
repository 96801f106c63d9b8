// What the position records say as of a date: who holds which post, the chair, the size
// of the elected body, and whose term ends soon (the elections calendar).
import { addMonths } from './months.ts';
import { ELECTED_BODY_ROLES, holdsOn } from './position.ts';
import type { PositionRecord, PositionRole } from './position.ts';

export function holdersOn(records: readonly PositionRecord[], date: string): PositionRecord[] {
  return records.filter((p) => holdsOn(p, date));
}

/** The chair on `date` (the latest started when records overlap); undefined when none. */
export function chairOn(
  records: readonly PositionRecord[],
  date: string,
): PositionRecord | undefined {
  return holdersOn(records, date)
    .filter((p) => p.role === 'chair')
    .sort((a, b) => b.start.localeCompare(a.start))[0];
}

const personOf = (p: PositionRecord) =>
  p.holder.memberId
    ? `${p.holder.orgId}\u0000${p.holder.memberId}`
    : `name\u0000${p.holder.name.trim().toLowerCase()}`;

/** Distinct persons holding `roles` on `date` (one person with two posts counts once). */
export function personsOn(
  records: readonly PositionRecord[],
  date: string,
  roles: readonly PositionRole[],
): number {
  return new Set(
    holdersOn(records, date)
      .filter((p) => roles.includes(p.role))
      .map(personOf),
  ).size;
}

/** Members of the elected body (chair, deputies, committee) on `date`. */
export const electedBodyOn = (records: readonly PositionRecord[], date: string) =>
  personsOn(records, date, ELECTED_BODY_ROLES);

/** The key of a holder registered in `orgId` as `memberId` (sets of holders off a register). */
export const holderKey = (orgId: string, memberId: string) => `${orgId}\u0000${memberId}`;

/**
 * Posts still held by someone on the register: a holder who is a member of the body's own
 * organization (`orgId`; a post naming no organization is its own) and has left its
 * register — removed or transferred out — no longer holds the post, which stands vacant
 * though nobody ended it by hand. `isOff(memberId)`: the member is off this organization's
 * register. A holder registered in another organization is vacant the same way when
 * `foreignOff(holderOrgId, memberId)` says so (the server reads that register); without
 * it such holders, and holders known by name only, are kept.
 */
export function withoutLeftHolders(
  records: readonly PositionRecord[],
  orgId: string,
  isOff: (memberId: string) => boolean,
  foreignOff?: (holderOrgId: string, memberId: string) => boolean,
): PositionRecord[] {
  return records.filter((p) => {
    if (p.holder.memberId === '') return true;
    const holderOrg = p.holder.orgId || orgId;
    if (holderOrg === orgId) return !isOff(p.holder.memberId);
    return !foreignOff?.(holderOrg, p.holder.memberId);
  });
}

/** Posts held today whose term ends within `months` (or has already passed), soonest first. */
export function termsEndingWithin(
  records: readonly PositionRecord[],
  today: string,
  months: number,
): PositionRecord[] {
  const until = addMonths(today, months);
  return holdersOn(records, today)
    .filter((p) => p.termEnd !== '' && p.termEnd <= until)
    .sort((a, b) => a.termEnd.localeCompare(b.termEnd) || a.id.localeCompare(b.id));
}
