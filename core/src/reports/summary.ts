// The membership summary of one organization (R3): computed from a plain snapshot, so the
// browser, the relay and tests get the same numbers from the same data. Only members on
// the register (status active) count. Unknown or invalid values are counted as unknown,
// never guessed.
import type { OrgSnapshot } from '../doc/org-doc.ts';
import type { PassportRecord } from '../model/passport.ts';
import { ageAtReference } from './age.ts';

export const YOUTH_MAX_AGE = 35;

export interface MembershipSummary {
  readonly membersTotal: number;
  readonly byCategory: {
    readonly working: number;
    readonly student: number;
    readonly pensioner: number;
    readonly unknown: number;
  };
  readonly byGender: { readonly female: number; readonly male: number; readonly unknown: number };
  /** Members aged up to 35 (inclusive) at the reference date. */
  readonly youth: number;
  /** Members whose birth date is missing or invalid, so youth cannot tell. */
  readonly ageUnknown: number;
  /** Number of workers from the passport; null when the passport does not give it. */
  readonly workers: number | null;
  /** membersTotal / workers × 100, two decimals; null when workers is unknown or 0. */
  readonly coveragePercent: number | null;
  readonly referenceDate: string;
}

/** Age bands above youth, counted in the same pass (orgSummary uses them). */
export interface AgeBands {
  readonly age36to50: number;
  readonly age51to65: number;
  readonly age66plus: number;
}

export function membershipSummary(snapshot: OrgSnapshot, referenceDate: string): MembershipSummary {
  return countMembers(snapshot, referenceDate).summary;
}

/** One pass over the members: the summary and the age bands. */
export function countMembers(
  snapshot: OrgSnapshot,
  referenceDate: string,
): { summary: MembershipSummary; bands: AgeBands } {
  const byCategory = { working: 0, student: 0, pensioner: 0, unknown: 0 };
  const byGender = { female: 0, male: 0, unknown: 0 };
  let total = 0;
  let youth = 0;
  let ageUnknown = 0;
  const ageOf = ageAtReference(referenceDate);
  const bands = { age36to50: 0, age51to65: 0, age66plus: 0 };
  for (const m of snapshot.members) {
    if (m.status !== 'active') continue;
    total++;
    if (m.category === 'working' || m.category === 'student' || m.category === 'pensioner') {
      byCategory[m.category]++;
    } else byCategory.unknown++;
    if (m.gender === 'female' || m.gender === 'male') byGender[m.gender]++;
    else byGender.unknown++;
    const age = ageOf(m.birthDate);
    if (age === null || age < 0) ageUnknown++;
    else if (age <= YOUTH_MAX_AGE) youth++;
    else if (age <= 50) bands.age36to50++;
    else if (age <= 65) bands.age51to65++;
    else bands.age66plus++;
  }
  const workers = workersOf(snapshot.passport);
  const coveragePercent =
    workers === null || workers === 0 ? null : Math.round((total / workers) * 10000) / 100;
  const summary: MembershipSummary = {
    membersTotal: total,
    byCategory,
    byGender,
    youth,
    ageUnknown,
    workers,
    coveragePercent,
    referenceDate,
  };
  return { summary, bands };
}

/** The passport's number of workers; null when it gives none (empty or not a number). */
export function workersOf(passport: PassportRecord): number | null {
  const text = passport.workersCount.trim();
  return /^\d{1,6}$/.test(text) ? Number(text) : null;
}
