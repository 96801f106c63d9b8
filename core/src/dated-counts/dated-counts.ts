// What an organization's summary needs to follow the date without its document: the
// birth dates of its active members and its enrolment/removal dates from the start of the
// summary's year, as counts by value (a histogram: counts only, no person). With them a
// summary counted on one day is re-dated to a later one — ages, age bands, youth and the
// year-to-date events — exactly as orgSummary would count the document on that day,
// without opening 82,000 documents when the date changes.
import type { OrgSnapshot } from '../doc/org-doc.ts';
import { LEAVE_REASONS } from '../model/event.ts';
import type { LeaveReason, MembershipEvent } from '../model/event.ts';
import { ageAtReference } from '../reports/age.ts';
import { YOUTH_MAX_AGE } from '../reports/summary.ts';
import { EMPTY_SUMMARY, MONTHS, yearToDate } from '../reports/org-summary.ts';
import type { Month, OrgSummary } from '../reports/org-summary.ts';

export interface DatedCounts {
  /** Events are kept from this date on (1 January of the year counted). */
  readonly from: string;
  /** Birth date as written (valid or not) → active members with it. */
  readonly births: Readonly<Record<string, number>>;
  /** Enrolment date → enrolments dated then (from `from` on, future dates included). */
  readonly joined: Readonly<Record<string, number>>;
  /** `date|reason` → removals (reason as summaries count it). */
  readonly left: Readonly<Record<string, number>>;
  /** A transfer's enrolment and removal dates → transfers in and out dated then. */
  readonly transferredIn: Readonly<Record<string, number>>;
  readonly transferredOut: Readonly<Record<string, number>>;
}

const add = (to: Record<string, number>, key: string) => (to[key] = (to[key] ?? 0) + 1);

/**
 * The dated counts of a document counted on `referenceDate`; null when they cannot
 * reproduce its summary later (two events share an id: which one counts depends on the
 * period) — that organization is then recounted from its document.
 */
export function datedCounts(snapshot: OrgSnapshot, referenceDate: string): DatedCounts | null {
  const from = yearToDate(referenceDate).from;
  const events = datedEvents(snapshot.events, from);
  if (!events) return null;
  const births: Record<string, number> = {};
  for (const m of snapshot.members) if (m.status === 'active') add(births, m.birthDate);
  return { from, births, ...events };
}

/** The records' part of the dated counts: what `from` on; null when two share an id. */
export type DatedEvents = Omit<DatedCounts, 'from' | 'births'>;

export function datedEvents(events: readonly MembershipEvent[], from: string): DatedEvents | null {
  const joined: Record<string, number> = {};
  const left: Record<string, number> = {};
  const transferredIn: Record<string, number> = {};
  const transferredOut: Record<string, number> = {};
  const ids = new Set<string>();
  for (const e of events) {
    if (e.date < from) continue;
    if (ids.has(e.id)) return null;
    ids.add(e.id);
    if (e.transferId && e.type === 'joined') add(transferredIn, e.date);
    else if (e.transferId && e.type === 'left') add(transferredOut, e.date);
    else if (e.type === 'joined' || e.type === 'restored') add(joined, e.date);
    else if (e.type === 'left') add(left, `${e.date}|${leaveReason(e.reason)}`);
  }
  return { joined, left, transferredIn, transferredOut };
}

function leaveReason(reason: string): LeaveReason {
  return (LEAVE_REASONS as readonly string[]).includes(reason) ? (reason as LeaveReason) : 'other';
}

/**
 * `summary` (counted with `dated`) as counted on `referenceDate`; null when the date is
 * in an earlier year than the counts were kept from.
 */
export function redate(
  summary: OrgSummary,
  dated: DatedCounts,
  referenceDate: string,
): OrgSummary | null {
  const period = yearToDate(referenceDate);
  if (period.from < dated.from) return null;
  const ageOf = ageAtReference(referenceDate);
  let youth = 0;
  let ageUnknown = 0;
  let age36to50 = 0;
  let age51to65 = 0;
  let age66plus = 0;
  for (const [birth, n] of Object.entries(dated.births)) {
    const age = ageOf(birth);
    if (age === null || age < 0) ageUnknown += n;
    else if (age <= YOUTH_MAX_AGE) youth += n;
    else if (age <= 50) age36to50 += n;
    else if (age <= 65) age51to65 += n;
    else age66plus += n;
  }
  const inPeriod = (date: string) => date >= period.from && date <= period.to;
  const monthOf = (date: string) => {
    const month = date.slice(5, 7);
    return (MONTHS as readonly string[]).includes(month) ? (month as Month) : null;
  };
  const joinedByMonth = { ...EMPTY_SUMMARY.joinedByMonth } as Record<Month, number>;
  const leftByMonth = { ...EMPTY_SUMMARY.leftByMonth } as Record<Month, number>;
  const leftByReason = { ...EMPTY_SUMMARY.leftByReason } as Record<LeaveReason, number>;
  let joined = 0;
  let left = 0;
  for (const [date, n] of Object.entries(dated.joined)) {
    if (!inPeriod(date)) continue;
    joined += n;
    const month = monthOf(date);
    if (month) joinedByMonth[month] += n;
  }
  for (const [key, n] of Object.entries(dated.left)) {
    const at = key.lastIndexOf('|');
    const date = key.slice(0, at);
    if (!inPeriod(date)) continue;
    left += n;
    const month = monthOf(date);
    if (month) leftByMonth[month] += n;
    leftByReason[key.slice(at + 1) as LeaveReason] += n;
  }
  const inPeriodCount = (counts: Readonly<Record<string, number>>) =>
    Object.entries(counts).reduce((sum, [date, n]) => (inPeriod(date) ? sum + n : sum), 0);
  return {
    ...summary,
    transferredIn: inPeriodCount(dated.transferredIn),
    transferredOut: inPeriodCount(dated.transferredOut),
    youth,
    ageUnknown,
    age36to50,
    age51to65,
    age66plus,
    joined,
    left,
    leftByReason,
    joinedByMonth,
    leftByMonth,
  };
}

/** Dated counts from stored JSON; null when absent or not of this shape. */
export function parseDatedCounts(value: unknown): DatedCounts | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const counts = (x: unknown): x is Record<string, number> =>
    typeof x === 'object' &&
    x !== null &&
    Object.values(x).every((n) => Number.isInteger(n) && (n as number) > 0);
  if (typeof v['from'] !== 'string' || !/^\d{4}-01-01$/.test(v['from'])) return null;
  if (!counts(v['births']) || !counts(v['joined']) || !counts(v['left'])) return null;
  // kept before transfers had their own counts: its enrolments include them (recounted)
  if (!counts(v['transferredIn']) || !counts(v['transferredOut'])) return null;
  for (const key of Object.keys(v['left'])) {
    const reason = key.slice(key.lastIndexOf('|') + 1);
    if (!(LEAVE_REASONS as readonly string[]).includes(reason)) return null;
  }
  return {
    from: v['from'],
    births: v['births'],
    joined: v['joined'],
    left: v['left'],
    transferredIn: v['transferredIn'],
    transferredOut: v['transferredOut'],
  };
}
