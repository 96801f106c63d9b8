// The chairs and elected-body lines (30–36) from position records, as of the reporting
// date. A post counts on D when it is held on D (positions/) by a person still on the
// register that day: a holder who is a member of this very document and was removed or
// transferred out on or before D leaves the post vacant for the form, though nobody ended
// it by hand. The chair's gender and age come from their member record when the record
// references one, otherwise from the passport's chair fields; full-time status stays a
// passport field (the records do not say it). The elected body (34), the audit commission
// (35) and the labour-safety commissioners (36) count distinct persons holding those posts
// on D. An organization without chair or elected-body records keeps the passport figures
// for 30–34 (report-chairs.ts); 35 and 36 have no passport field and count the records
// alone — the choices are in core/FORMS.md.
import type { OrgSnapshot } from '../doc/org-doc.ts';
import { ELECTED_BODY_ROLES, chairOn, electedBodyOn, personsOn } from '../positions/index.ts';
import type { PositionRecord } from '../positions/index.ts';
import { ageAtReference } from '../reports/age.ts';
import { chairFacts } from '../reports/report-chairs.ts';
import type { ChairFacts } from '../reports/report-chairs.ts';
import { YOUTH_MAX_AGE } from '../reports/summary.ts';

/** Ids of the document's members on the register at the end of the reporting date. */
export type OnRegister = ReadonlySet<string>;

/** Posts whose holder is not a member of this document off the register on the date. */
function heldByMembers(s: OrgSnapshot, onRegister: OnRegister): PositionRecord[] {
  const own = new Set(s.members.map((m) => m.id));
  return (s.positions ?? []).filter(
    (p) => !p.holder.memberId || !own.has(p.holder.memberId) || onRegister.has(p.holder.memberId),
  );
}

/** Chair facts from position records; the passport's when there are no chair records. */
export function chairFactsOf(s: OrgSnapshot, asOf: string, onRegister: OnRegister): ChairFacts {
  const recorded = (s.positions ?? []).some((p) => p.role === 'chair');
  const passport = chairFacts(s, asOf);
  if (!recorded) return passport;
  const chair = chairOn(
    heldByMembers(s, onRegister).filter((p) => p.role === 'chair'),
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
): number | undefined {
  const recorded = (s.positions ?? []).some((p) => ELECTED_BODY_ROLES.includes(p.role));
  return recorded ? electedBodyOn(heldByMembers(s, onRegister), asOf) : undefined;
}

/** Lines 35 (audit commission) and 36 (labour-safety commissioners) from the records. */
export function commissionersOf(
  s: OrgSnapshot,
  asOf: string,
  onRegister: OnRegister,
): { readonly audit: number; readonly labourSafety: number } {
  const held = heldByMembers(s, onRegister);
  return {
    audit: personsOn(held, asOf, ['audit']),
    labourSafety: personsOn(held, asOf, ['labour-safety']),
  };
}
