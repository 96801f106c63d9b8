// One organization's register lines as of a reporting date: counted from its
// document (the register as of the date, the movement of the period, the passport) and
// its place in the tree. The relay computes these for each organization's form; a
// committee's form is the sum of its subordinates' forms, so the same function feeds
// every level. Every register line is an additive count; what the data does not tell is
// counted apart as gaps (members or passport fields), never guessed.
import type { OrgSnapshot } from '../doc/org-doc.ts';
import { LEAVE_REASONS } from '../model/event.ts';
import type { InstitutionType, OrgLevel } from '../model/organization.ts';
import type { Period } from '../reports/org-summary.ts';
import { electedBodySize } from '../reports/report-chairs.ts';
import { chairFactsOf, commissionersOf, electedBodyOf } from './position-lines.ts';
import type { HoldersOff } from './position-lines.ts';
import { ageAtReference } from '../reports/age.ts';
import { YOUTH_MAX_AGE } from '../reports/summary.ts';
import { addDays, addYears } from '../register/calendar.ts';
import { registerMovement } from '../register/movement.ts';
import { registerAsOf } from '../register/register-as-of.ts';
import { FORM_LINES } from './form-lines.ts';

/** Line code → value; null = the line cannot be computed (a ratio over 0). */
export type FormValues = Readonly<Record<string, number | null>>;

export const GAP_REASONS = [
  'undated',
  'category',
  'gender',
  'birthDate',
  'workers',
  'chairName',
  'chairFullTime',
  'chairGender',
  'chairAge',
  'electedBody',
] as const;
export type GapReason = (typeof GAP_REASONS)[number];

/** Lines a gap leaves uncertain. */
export const GAP_LINES: Readonly<Record<GapReason, readonly string[]>> = {
  undated: ['11', '18', '19', '20', '21'],
  category: ['12', '13', '14'],
  gender: ['15'],
  birthDate: ['16'],
  workers: ['10', '17'],
  chairName: ['30'],
  chairFullTime: ['31'],
  chairGender: ['32'],
  chairAge: ['33'],
  electedBody: ['34'],
};

/** What one organization's data lacks: members (ids, for the chair's grid) or the passport. */
export interface OrgGap {
  readonly reason: GapReason;
  readonly memberIds: readonly string[];
}

export interface OrgFormInput {
  readonly level: OrgLevel;
  readonly institutionType: InstitutionType | null;
  /** Profgroups under the organization in the tree. */
  readonly profgroups: number;
  /** The organization's document; null when it has none (a committee without members). */
  readonly snapshot: OrgSnapshot | null;
  /** Post holders registered elsewhere who are off that register on the date (the relay's). */
  readonly holdersOff?: HoldersOff;
}

export interface OrgFigures {
  /** Every register line (manual and derived lines are not here). */
  readonly values: Readonly<Record<string, number>>;
  readonly gaps: readonly OrgGap[];
}

/** The period of a form as of `asOf`: the year ending on that day (both ends included). */
export function reportingPeriod(asOf: string): Period {
  return { from: addDays(addYears(asOf, -1), 1), to: asOf };
}

const PRIMARY: readonly OrgLevel[] = ['primary', 'primary-territorial'];
const TYPE_LINE: Readonly<Record<InstitutionType, string>> = {
  school: '04',
  preschool: '05',
  additional: '06',
  college: '07',
  university: '08',
  culture: '08',
  other: '08',
};
const REASON_LINE = Object.fromEntries(LEAVE_REASONS.map((r, i) => [r, String(22 + i)]));

export function zeroRegisterValues(): Record<string, number> {
  return Object.fromEntries(
    FORM_LINES.filter((l) => l.source === 'register').map((l) => [l.code, 0]),
  );
}

export function orgFormFigures(input: OrgFormInput, asOf: string): OrgFigures {
  const v = zeroRegisterValues();
  const gaps: OrgGap[] = [];
  const primary = PRIMARY.includes(input.level);
  if (input.level === 'regional') v['01'] = 1;
  if (input.level === 'local' || input.level === 'okrug') v['02'] = 1;
  if (primary) {
    v['03'] = 1;
    v[TYPE_LINE[input.institutionType ?? 'other']]! += 1;
  }
  v['09'] = input.profgroups;
  const s = input.snapshot;
  if (!s) {
    if (primary) gaps.push({ reason: 'workers', memberIds: [] });
    return { values: v, gaps };
  }
  const register = registerAsOf(s, asOf);
  if (register.undated.length > 0) gaps.push({ reason: 'undated', memberIds: register.undated });
  const ageOf = ageAtReference(asOf);
  const unknown = { category: [] as string[], gender: [] as string[], birthDate: [] as string[] };
  for (const m of register.members) {
    v['11']!++;
    if (m.category === 'working') v['12']!++;
    else if (m.category === 'student') v['13']!++;
    else if (m.category === 'pensioner') v['14']!++;
    else unknown.category.push(m.id);
    if (m.gender === 'female') v['15']!++;
    else if (m.gender !== 'male') unknown.gender.push(m.id);
    const age = ageOf(m.birthDate);
    if (age === null || age < 0) unknown.birthDate.push(m.id);
    else if (age <= YOUTH_MAX_AGE) v['16']!++;
  }
  for (const reason of ['category', 'gender', 'birthDate'] as const) {
    if (unknown[reason].length > 0) gaps.push({ reason, memberIds: unknown[reason] });
  }
  const workers = s.passport.workersCount.trim();
  if (/^\d{1,6}$/.test(workers)) v['10'] = Number(workers);
  else if (primary || v['11']! > 0) gaps.push({ reason: 'workers', memberIds: [] });
  const movement = registerMovement(s, reportingPeriod(asOf));
  v['18'] = movement.transferredIn;
  v['19'] = movement.transferredOut;
  v['20'] = movement.joined;
  v['21'] = movement.left;
  for (const r of LEAVE_REASONS) v[REASON_LINE[r]!] = movement.leftByReason[r];
  const onRegister = new Set(register.members.map((m) => m.id));
  if (input.level !== 'profgroup') {
    const off = input.holdersOff;
    const body = electedBodyOf(s, asOf, onRegister, off) ?? electedBodySize(s);
    if (body === null) gaps.push({ reason: 'electedBody', memberIds: [] });
    else v['34'] = body;
    const commissioners = commissionersOf(s, asOf, onRegister, off);
    v['35'] = commissioners.audit;
    v['36'] = commissioners.labourSafety;
  }
  if (primary) {
    const chair = chairFactsOf(s, asOf, onRegister, input.holdersOff);
    if (chair.named) v['30'] = 1;
    else gaps.push({ reason: 'chairName', memberIds: [] });
    const facts = [
      ['31', chair.fullTime, 'chairFullTime'],
      ['32', chair.female, 'chairGender'],
      ['33', chair.youth, 'chairAge'],
    ] as const;
    for (const [code, fact, reason] of facts) {
      if (fact === null) gaps.push({ reason, memberIds: [] });
      else if (fact) v[code] = 1;
    }
  }
  return { values: v, gaps };
}

/** Gap counts by reason: members for member gaps, one organization for a passport gap. */
export function gapCountsOf(gaps: readonly OrgGap[]): Partial<Record<GapReason, number>> {
  const out: Partial<Record<GapReason, number>> = {};
  for (const g of gaps) out[g.reason] = (out[g.reason] ?? 0) + Math.max(1, g.memberIds.length);
  return out;
}
