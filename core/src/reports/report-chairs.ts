// What the report may say about the chair of a primary organization. The passport holds
// the chair's name only; gender and age are known when that name is a member on the
// organization's register (the chair is normally a member). Nothing is guessed from the
// name itself: a chair not found among the members is «нет данных».
import type { OrgSnapshot } from '../doc/org-doc.ts';
import { ageAtReference } from './age.ts';
import { YOUTH_MAX_AGE } from './summary.ts';

export interface ChairFacts {
  readonly named: boolean;
  /** null: unknown (chair not named, not found among members, or gender not filled). */
  readonly female: boolean | null;
  /** Up to 35 at the reference date; null when unknown. */
  readonly youth: boolean | null;
}

/** Lower case, ё = е, single spaces: how names are compared. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}

export function chairFacts(snapshot: OrgSnapshot, referenceDate: string): ChairFacts {
  const wanted = normalizeName(snapshot.passport.chairName);
  if (wanted === '') return { named: false, female: null, youth: null };
  const chair = snapshot.members.find(
    (m) =>
      m.status === 'active' && normalizeName(`${m.surname} ${m.name} ${m.patronymic}`) === wanted,
  );
  if (!chair) return { named: true, female: null, youth: null };
  const gender = chair.gender === 'female' || chair.gender === 'male' ? chair.gender : null;
  const age = ageAtReference(referenceDate)(chair.birthDate);
  return {
    named: true,
    female: gender === null ? null : gender === 'female',
    youth: age === null || age < 0 ? null : age <= YOUTH_MAX_AGE,
  };
}
