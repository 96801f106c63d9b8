// What the report may say about the chair of a primary organization and its elected body.
// The passport is the source: the chair's gender, birth date and full-time status, and the
// elected body's size, are passport fields. Passports filled before those fields existed
// lack them, so for gender and age the report falls back to the member on the register
// whose name is the passport's chair name (the chair is normally a member). Nothing is
// guessed from the name itself. A field that is empty or invalid, with no matching member,
// is «нет данных». Full-time status and the elected body's size have no fallback.
import type { OrgSnapshot } from '../doc/org-doc.ts';
import type { PassportField } from '../model/passport.ts';
import { validatePassportField } from '../validation/passport.ts';
import { ageAtReference } from './age.ts';
import { YOUTH_MAX_AGE } from './summary.ts';

export interface ChairFacts {
  readonly named: boolean;
  /** null: unknown (field empty or invalid, and no member on the register matches). */
  readonly female: boolean | null;
  /** Up to 35 at the reference date; null when unknown. */
  readonly youth: boolean | null;
  /** Освобождённый (full-time) chair; null when the passport does not say. */
  readonly fullTime: boolean | null;
}

/** Lower case, ё = е, single spaces: how names are compared. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}

/** A passport field's value when it is filled validly, else null. */
function given(snapshot: OrgSnapshot, field: PassportField): string | null {
  const v = snapshot.passport[field];
  return v.trim() !== '' && validatePassportField(field, v).ok ? v.trim() : null;
}

function registeredChair(snapshot: OrgSnapshot) {
  const wanted = normalizeName(snapshot.passport.chairName);
  if (wanted === '') return undefined;
  return snapshot.members.find(
    (m) =>
      m.status === 'active' && normalizeName(`${m.surname} ${m.name} ${m.patronymic}`) === wanted,
  );
}

export function chairFacts(snapshot: OrgSnapshot, referenceDate: string): ChairFacts {
  const named = normalizeName(snapshot.passport.chairName) !== '';
  const member = registeredChair(snapshot);
  const memberGender =
    member && (member.gender === 'female' || member.gender === 'male') ? member.gender : null;
  const gender = given(snapshot, 'chairGender') ?? memberGender;
  const birthDate = given(snapshot, 'chairBirthDate') ?? member?.birthDate ?? '';
  const age = ageAtReference(referenceDate)(birthDate);
  const fullTime = given(snapshot, 'chairFullTime');
  return {
    named,
    female: gender === null ? null : gender === 'female',
    youth: age === null || age < 0 ? null : age <= YOUTH_MAX_AGE,
    fullTime: fullTime === null ? null : fullTime === 'yes',
  };
}

/** Members of the organization's elected body (профком); null when not given. */
export function electedBodySize(snapshot: OrgSnapshot): number | null {
  const v = given(snapshot, 'electedBodySize');
  return v === null ? null : Number(v);
}
