// The chairs and elected-body lines (30–34) from position records, as of the reporting
// date: the organization's chair is the one in office that day (positions/), their
// gender and age from their member record on this register when the record references
// one, otherwise from the passport's chair fields; full-time status stays a passport
// field. The elected body is the number of persons holding chair, deputy or committee
// posts that day. An organization without such records keeps the passport figures
// (report-chairs.ts) — the choice is in core/FORMS.md.
import type { OrgSnapshot } from '../doc/org-doc.ts';
import { ELECTED_BODY_ROLES, chairOn, electedBodyOn } from '../positions/index.ts';
import { ageAtReference } from '../reports/age.ts';
import { chairFacts } from '../reports/report-chairs.ts';
import type { ChairFacts } from '../reports/report-chairs.ts';
import { YOUTH_MAX_AGE } from '../reports/summary.ts';

/** Chair facts from position records; the passport's when there are no chair records. */
export function chairFactsOf(s: OrgSnapshot, asOf: string): ChairFacts {
  const records = (s.positions ?? []).filter((p) => p.role === 'chair');
  const passport = chairFacts(s, asOf);
  if (records.length === 0) return passport;
  const chair = chairOn(records, asOf);
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
export function electedBodyOf(s: OrgSnapshot, asOf: string): number | undefined {
  const records = (s.positions ?? []).filter((p) => ELECTED_BODY_ROLES.includes(p.role));
  return records.length === 0 ? undefined : electedBodyOn(records, asOf);
}
