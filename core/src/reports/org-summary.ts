// The additive summary of one organization (R3/R9): counts only, so that a
// committee's subtree total is the plain sum of its organizations' summaries and a change
// of one document reaches every ancestor as (new − old). Percentages are derived from the
// counts (summaryFigures), never summed. Computed from a plain snapshot like every report;
// the clock comes in as the reference date and the period.
import type { OrgSnapshot } from '../doc/org-doc.ts';
import { LEAVE_REASONS } from '../model/event.ts';
import type { LeaveReason } from '../model/event.ts';
import type { MembershipEvent } from '../model/event.ts';
import type { PassportField, PassportRecord } from '../model/passport.ts';
import { REQUIRED_PASSPORT_FIELDS, passportCompleteness } from '../validation/passport.ts';
import { countMembers, workersOf } from './summary.ts';

/** An inclusive range of ISO dates (YYYY-MM-DD). */
export interface Period {
  readonly from: string;
  readonly to: string;
}

export const MONTHS = [
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
] as const;
export type Month = (typeof MONTHS)[number];

export interface OrgSummary {
  /** Organizations counted (1 for one organization's own summary). */
  readonly orgs: number;
  readonly membersTotal: number;
  readonly working: number;
  readonly student: number;
  readonly pensioner: number;
  readonly categoryUnknown: number;
  readonly women: number;
  readonly men: number;
  readonly genderUnknown: number;
  /** Members aged up to 35 inclusive at the reference date. */
  readonly youth: number;
  readonly ageUnknown: number;
  /** Age bands above youth (36–50, 51–65, 66 and older) at the reference date. */
  readonly age36to50: number;
  readonly age51to65: number;
  readonly age66plus: number;
  /** Sum of the passports' workers counts, over organizations that give one. */
  readonly workers: number;
  readonly workersKnownOrgs: number;
  /** Members of the organizations whose workers count is known (coverage numerator). */
  readonly membersWhereWorkersKnown: number;
  /** Enrolment and removal events dated within the period (a transfer's are not). */
  readonly joined: number;
  readonly left: number;
  /**
   * A transfer between organizations of the union, dated within the period: its
   * enrolment (принято переводом) and its removal (выбыло переводом), as the forms'
   * lines 18 and 19. Rows stored before these existed read them as 0.
   */
  readonly transferredIn: number;
  readonly transferredOut: number;
  readonly leftByReason: Readonly<Record<LeaveReason, number>>;
  /** Events of the period by calendar month ('01'…'12'; a period over a year folds). */
  readonly joinedByMonth: Readonly<Record<Month, number>>;
  readonly leftByMonth: Readonly<Record<Month, number>>;
  /** Required passport fields filled validly, and required in all. */
  readonly passportFilled: number;
  readonly passportRequired: number;
  /** Organizations whose passport is 100 % complete. */
  readonly passportsComplete: number;
  /** Per required field: organizations where it is missing. */
  readonly missing: Readonly<Record<PassportField, number>>;
}

function zeroRecord<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export const EMPTY_SUMMARY: OrgSummary = Object.freeze({
  orgs: 0,
  membersTotal: 0,
  working: 0,
  student: 0,
  pensioner: 0,
  categoryUnknown: 0,
  women: 0,
  men: 0,
  genderUnknown: 0,
  youth: 0,
  ageUnknown: 0,
  age36to50: 0,
  age51to65: 0,
  age66plus: 0,
  workers: 0,
  workersKnownOrgs: 0,
  membersWhereWorkersKnown: 0,
  joined: 0,
  left: 0,
  transferredIn: 0,
  transferredOut: 0,
  leftByReason: zeroRecord(LEAVE_REASONS),
  joinedByMonth: zeroRecord(MONTHS),
  leftByMonth: zeroRecord(MONTHS),
  passportFilled: 0,
  passportRequired: 0,
  passportsComplete: 0,
  missing: zeroRecord(REQUIRED_PASSPORT_FIELDS as PassportField[]) as Record<PassportField, number>,
});

/** The year-to-date period ending at the reference date (the default for rollups). */
export function yearToDate(referenceDate: string): Period {
  return { from: `${referenceDate.slice(0, 4)}-01-01`, to: referenceDate };
}

/** The members' part of a summary: who is on the register, by category, gender and age. */
export const MEMBER_COUNT_KEYS = [
  'membersTotal',
  'working',
  'student',
  'pensioner',
  'categoryUnknown',
  'women',
  'men',
  'genderUnknown',
  'youth',
  'ageUnknown',
  'age36to50',
  'age51to65',
  'age66plus',
] as const satisfies readonly (keyof OrgSummary)[];

export type MemberCounts = Pick<OrgSummary, (typeof MEMBER_COUNT_KEYS)[number]>;

/** The members' part of EMPTY_SUMMARY: every count zero. */
export const ZERO_MEMBER_COUNTS: MemberCounts = Object.freeze(
  Object.fromEntries(MEMBER_COUNT_KEYS.map((key) => [key, EMPTY_SUMMARY[key]])) as MemberCounts,
);

/** The records' part: enrolments and removals dated within the period. */
export type EventCounts = Pick<
  OrgSummary,
  | 'joined'
  | 'left'
  | 'transferredIn'
  | 'transferredOut'
  | 'leftByReason'
  | 'joinedByMonth'
  | 'leftByMonth'
>;

/** The passport's part: its required fields, and the workers count it gives (null: none). */
export interface PassportCounts {
  readonly workers: number | null;
  readonly passportFilled: number;
  readonly passportRequired: number;
  readonly passportsComplete: number;
  readonly missing: Readonly<Record<PassportField, number>>;
}

export function orgSummary(
  snapshot: OrgSnapshot,
  referenceDate: string,
  period: Period,
): OrgSummary {
  const { summary: base, bands } = countMembers(snapshot, referenceDate);
  const members: MemberCounts = {
    membersTotal: base.membersTotal,
    working: base.byCategory.working,
    student: base.byCategory.student,
    pensioner: base.byCategory.pensioner,
    categoryUnknown: base.byCategory.unknown,
    women: base.byGender.female,
    men: base.byGender.male,
    genderUnknown: base.byGender.unknown,
    youth: base.youth,
    ageUnknown: base.ageUnknown,
    ...bands,
  };
  return joinSummary(
    members,
    eventCounts(snapshot.events, period),
    passportCounts(snapshot.passport),
  );
}

/** One organization's summary from its three parts. */
export function joinSummary(
  members: MemberCounts,
  events: EventCounts,
  passport: PassportCounts,
): OrgSummary {
  const known = passport.workers !== null;
  return {
    orgs: 1,
    membersTotal: members.membersTotal,
    working: members.working,
    student: members.student,
    pensioner: members.pensioner,
    categoryUnknown: members.categoryUnknown,
    women: members.women,
    men: members.men,
    genderUnknown: members.genderUnknown,
    youth: members.youth,
    ageUnknown: members.ageUnknown,
    age36to50: members.age36to50,
    age51to65: members.age51to65,
    age66plus: members.age66plus,
    workers: passport.workers ?? 0,
    workersKnownOrgs: known ? 1 : 0,
    membersWhereWorkersKnown: known ? members.membersTotal : 0,
    joined: events.joined,
    left: events.left,
    transferredIn: events.transferredIn,
    transferredOut: events.transferredOut,
    leftByReason: events.leftByReason,
    joinedByMonth: events.joinedByMonth,
    leftByMonth: events.leftByMonth,
    passportFilled: passport.passportFilled,
    passportRequired: passport.passportRequired,
    passportsComplete: passport.passportsComplete,
    missing: passport.missing,
  };
}

/** Enrolment and removal records dated within the period (one per id: the first). */
export function eventCounts(events: readonly MembershipEvent[], period: Period): EventCounts {
  const leftByReason = { ...EMPTY_SUMMARY.leftByReason } as Record<LeaveReason, number>;
  const joinedByMonth = { ...EMPTY_SUMMARY.joinedByMonth } as Record<Month, number>;
  const leftByMonth = { ...EMPTY_SUMMARY.leftByMonth } as Record<Month, number>;
  let joined = 0;
  let left = 0;
  let transferredIn = 0;
  let transferredOut = 0;
  const seen = new Set<string>();
  for (const e of events) {
    if (seen.has(e.id) || e.date < period.from || e.date > period.to) continue;
    seen.add(e.id);
    const month = e.date.slice(5, 7) as Month;
    const inMonth = (MONTHS as readonly string[]).includes(month);
    if (e.transferId && e.type === 'joined') transferredIn++;
    else if (e.transferId && e.type === 'left') transferredOut++;
    else if (e.type === 'joined' || e.type === 'restored') {
      joined++;
      if (inMonth) joinedByMonth[month]++;
    } else if (e.type === 'left') {
      left++;
      if (inMonth) leftByMonth[month]++;
      const reason = (LEAVE_REASONS as readonly string[]).includes(e.reason)
        ? (e.reason as LeaveReason)
        : 'other';
      leftByReason[reason]++;
    }
  }
  return { joined, left, transferredIn, transferredOut, leftByReason, joinedByMonth, leftByMonth };
}

/** The passport's required fields filled validly, and the workers count it gives. */
export function passportCounts(passport: PassportRecord): PassportCounts {
  const completeness = passportCompleteness(passport);
  const missing = { ...EMPTY_SUMMARY.missing } as Record<PassportField, number>;
  for (const field of completeness.missing) missing[field] = 1;
  const required = REQUIRED_PASSPORT_FIELDS.length;
  return {
    workers: workersOf(passport),
    passportFilled: required - completeness.missing.length,
    passportRequired: required,
    passportsComplete: completeness.missing.length === 0 ? 1 : 0,
    missing,
  };
}
