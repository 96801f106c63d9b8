// The chairs and elected-body lines (30–36) from position records, as of the reporting
// date. A post counts on D when it is held on D (positions/) by a person still on the
// register that day: a holder who is a member of this very document and was removed or
// transferred out on or before D leaves the post vacant for the form, though nobody ended
// it by hand; so does a holder registered in another organization whom the relay found
// off that organization's register on D (`HoldersOff`, read from the holder's document;
// a browser counting offline without it keeps them). The chair's gender and age come from their member record when the record
// references one, otherwise from the passport's chair fields; full-time status stays a
// passport field (the records do not say it). The elected body (34), the audit commission
// (35) and the labour-safety commissioners (36) count distinct persons holding those posts
// on D. An organization without chair or elected-body records keeps the passport figures
// for 30–34 (report-chairs.ts); 35 and 36 have no passport field and count the records
// alone — the choices are in core/FORMS.md.
import type { OrgSnapshot } from '../doc/org-doc.ts';
import {
  ELECTED_BODY_ROLES,
  chairOn,
  electedBodyOn,
  holderKey,
  personsOn,
} from '../positions/index.ts';
import type { PositionRecord } from '../positions/index.ts';
import { ageAtReference } from '../reports/age.ts';
import { chairFacts } from '../reports/report-chairs.ts';
import type { ChairFacts } from '../reports/report-chairs.ts';
import { YOUTH_MAX_AGE } from '../reports/summary.ts';
import { registerAsOf } from '../register/register-as-of.ts';

/** Ids of the document's members on the register at the end of the reporting date. */
export type OnRegister = ReadonlySet<string>;

/**
 * Holders registered in other organizations who are off that register on the date, as
 * holderKey(orgId, memberId); absent: not known (such holders are kept).
 */
export type HoldersOff = ReadonlySet<string>;

/** Posts whose holder is not off the register on the date (this one, or the holder's own). */
function heldByMembers(s: OrgSnapshot, onRegister: OnRegister, off?: HoldersOff): PositionRecord[] {
  const own = new Set(s.members.map((m) => m.id));
  return (s.positions ?? []).filter((p) => {
    const { orgId, memberId } = p.holder;
    if (!memberId) return true;
    if (off?.has(holderKey(orgId, memberId))) return false;
    return !own.has(memberId) || onRegister.has(memberId);
  });
}

/** Chair facts from position records; the passport's when there are no chair records. */
export function chairFactsOf(
  s: OrgSnapshot,
  asOf: string,
  onRegister: OnRegister,
  off?: HoldersOff,
): ChairFacts {
  const recorded = (s.positions ?? []).some((p) => p.role === 'chair');
  const passport = chairFacts(s, asOf);
  if (!recorded) return passport;
  const chair = chairOn(
    heldByMembers(s, onRegister, off).filter((p) => p.role === 'chair'),
    asOf,
  );
  if (!chair) return { named: false, female: null, youth: null, fullTime: null };
  const member = chair.holder.memberId
    ? s.members.find((m) => m.id === chair.holder.memberId)
    : undefined;
  if (!member) return { ...passport, named: true };
  const gender = member.gender === 'female' || member.gender === 'male' ? member.gender : null;
  const age = ageAtReference(asOf)(member.birthDate);
  return {
    named: true,
    female: gender === null ? passport.female : gender === 'female',
    youth: age === null || age < 0 ? passport.youth : age <= YOUTH_MAX_AGE,
    fullTime: passport.fullTime,
  };
}

/** Elected body size from position records; undefined when there are none (use the passport). */
export function electedBodyOf(
  s: OrgSnapshot,
  asOf: string,
  onRegister: OnRegister,
  off?: HoldersOff,
): number | undefined {
  const recorded = (s.positions ?? []).some((p) => ELECTED_BODY_ROLES.includes(p.role));
  return recorded ? electedBodyOn(heldByMembers(s, onRegister, off), asOf) : undefined;
}

/** Lines 35 (audit commission) and 36 (labour-safety commissioners) from the records. */
export function commissionersOf(
  s: OrgSnapshot,
  asOf: string,
  onRegister: OnRegister,
  off?: HoldersOff,
): { readonly audit: number; readonly labourSafety: number } {
  const held = heldByMembers(s, onRegister, off);
  return {
    audit: personsOn(held, asOf, ['audit']),
    labourSafety: personsOn(held, asOf, ['labour-safety']),
  };
}

/**
 * Holders of the snapshot's posts registered in other organizations, by organization:
 * the documents the relay reads for HoldersOff (no other organization's document).
 */
export function foreignHolders(s: OrgSnapshot): Map<string, string[]> {
  const own = new Set(s.members.map((m) => m.id));
  const out = new Map<string, string[]>();
  for (const p of s.positions ?? []) {
    const { orgId, memberId } = p.holder;
    if (!orgId || !memberId || own.has(memberId)) continue;
    const list = out.get(orgId) ?? [];
    if (!list.includes(memberId)) list.push(memberId);
    out.set(orgId, list);
  }
  return out;
}

/**
 * Of `memberIds` registered in `holderOrgId` (its snapshot), those off its register on
 * `asOf` as holderKeys — a member the document does not hold is not known, and kept.
 */
export function holdersOffIn(
  holderOrgId: string,
  holder: OrgSnapshot,
  memberIds: readonly string[],
  asOf: string,
): string[] {
  const on = new Set(registerAsOf(holder, asOf).members.map((m) => m.id));
  const known = new Set(holder.members.map((m) => m.id));
  return memberIds
    .filter((id) => known.has(id) && !on.has(id))
    .map((id) => holderKey(holderOrgId, id));
}
