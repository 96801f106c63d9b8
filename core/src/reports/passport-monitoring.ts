// Passport completion monitoring (R9): a committee sets a deadline for its
// subtree; every subordinate organization is listed with its completion (required fields
// filled validly, from the same own summary the rollup keeps), what is missing, and whether
// it is overdue. Pure: the relay computes it from the summaries it already holds (no
// document is opened), the browser parses it at the boundary.
import { bodyRefused } from '../api/body-parse.ts';
import type { BodyParse } from '../api/body-parse.ts';
import { isIsoDate } from '../cells/dates.ts';
import type { OrgLevel } from '../model/organization.ts';
import { ORG_LEVELS } from '../model/organization.ts';
import type { PassportField } from '../model/passport.ts';
import { isPassportField } from '../model/passport.ts';
import { REQUIRED_PASSPORT_FIELDS } from '../validation/passport.ts';
import type { OrgSummary } from './org-summary.ts';

/** The deadline in force for an organization: its own, or the nearest ancestor's. */
export interface PassportDeadline {
  readonly deadline: string | null;
  /** The organization whose committee set it (this one or an ancestor); null: none. */
  readonly setOn: string | null;
}

export interface PassportStatusRow {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly level: OrgLevel;
  /** Required fields filled, 0..100 whole. An organization never synced counts as empty. */
  readonly percent: number;
  readonly missing: readonly PassportField[];
  readonly overdue: boolean;
  /**
   * Organizations keeping a passport the row stands for: 1 for a primary organization; for
   * a committee, its live primary organizations (drill down to see them).
   */
  readonly orgs: number;
  readonly completeOrgs: number;
  readonly overdueOrgs: number;
  /** A committee's row: its own monitoring lists its subordinates. */
  readonly hasChildren: boolean;
}

/**
 * GET /api/orgs/:id/passport-monitoring: the direct subordinates, a page of them sorted on
 * the server, with the counts of the whole subtree.
 */
export interface PassportMonitoring extends PassportDeadline {
  readonly orgId: string;
  readonly today: string;
  readonly rows: readonly PassportStatusRow[];
  /** Primary organizations in the subtree (committees and archived ones not counted). */
  readonly total: number;
  /** Of them complete, and overdue (incomplete after the deadline in force). */
  readonly complete: number;
  readonly overdue: number;
  /** Rows matching the filter before paging, and where this page starts among them. */
  readonly rowCount: number;
  readonly offset: number;
}

/** Orders the server sorts monitoring rows by. */
export const PASSPORT_SORTS = ['name', 'percent', 'incomplete', 'overdue'] as const;
export type PassportSort = (typeof PASSPORT_SORTS)[number];

/** Levels whose organizations keep a passport and a member list (their own document). */
export const keepsPassport = (level: OrgLevel): boolean =>
  level === 'primary' || level === 'primary-territorial';

/** PUT /api/orgs/:id/passport-deadline body; null clears this organization's own deadline. */
export interface SetPassportDeadlineRequest {
  readonly deadline: string | null;
}

export interface MonitoredOrg {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly level: OrgLevel;
  /** The organization's own summary; undefined when its document was never stored. */
  readonly own: OrgSummary | undefined;
}

export function passportStatus(
  org: MonitoredOrg,
  deadline: string | null,
  today: string,
): PassportStatusRow {
  const s = org.own;
  const missing =
    s && s.passportRequired > 0
      ? REQUIRED_PASSPORT_FIELDS.filter((f) => (s.missing[f] ?? 0) > 0)
      : [...REQUIRED_PASSPORT_FIELDS];
  const required = REQUIRED_PASSPORT_FIELDS.length;
  const percent = Math.round(((required - missing.length) / required) * 100);
  return {
    id: org.id,
    name: org.name,
    shortName: org.shortName,
    level: org.level,
    percent,
    missing,
    overdue: deadline !== null && today > deadline && missing.length > 0,
    orgs: 1,
    completeOrgs: missing.length === 0 ? 1 : 0,
    overdueOrgs: deadline !== null && today > deadline && missing.length > 0 ? 1 : 0,
    hasChildren: false,
  };
}

/**
 * A committee's row: `orgs` primary organizations below it, `completeOrgs` of them with a
 * complete passport (the subtree rollup's count); the percent is the share complete.
 */
export function committeeStatus(
  org: Omit<MonitoredOrg, 'own'>,
  orgs: number,
  completeOrgs: number,
  deadline: string | null,
  today: string,
): PassportStatusRow {
  const complete = Math.min(completeOrgs, orgs);
  const late = deadline !== null && today > deadline ? orgs - complete : 0;
  return {
    id: org.id,
    name: org.name,
    shortName: org.shortName,
    level: org.level,
    percent: orgs === 0 ? 100 : Math.floor((complete / orgs) * 100),
    missing: [],
    overdue: late > 0,
    orgs,
    completeOrgs: complete,
    overdueOrgs: late,
    hasChildren: true,
  };
}

export function passportMonitoring(
  orgId: string,
  deadline: PassportDeadline,
  today: string,
  orgs: readonly MonitoredOrg[],
): PassportMonitoring {
  const rows = orgs.map((o) => passportStatus(o, deadline.deadline, today));
  return {
    orgId,
    ...deadline,
    today,
    rows,
    total: rows.length,
    complete: rows.filter((r) => r.missing.length === 0).length,
    overdue: rows.filter((r) => r.overdue).length,
    rowCount: rows.length,
    offset: 0,
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';

function parseRow(v: unknown): PassportStatusRow | null {
  if (!isObj(v) || !str(v['id']) || !str(v['name']) || !str(v['shortName'])) return null;
  const level = v['level'];
  const missing = v['missing'];
  if (!str(level) || !(ORG_LEVELS as readonly string[]).includes(level)) return null;
  if (!Array.isArray(missing) || !missing.every((f) => str(f) && isPassportField(f))) return null;
  if (typeof v['percent'] !== 'number' || typeof v['overdue'] !== 'boolean') return null;
  const counts = [v['orgs'], v['completeOrgs'], v['overdueOrgs']];
  if (!counts.every(isCount) || typeof v['hasChildren'] !== 'boolean') return null;
  return {
    id: v['id'],
    name: v['name'],
    shortName: v['shortName'],
    level: level as OrgLevel,
    percent: v['percent'],
    missing: missing as PassportField[],
    overdue: v['overdue'],
    orgs: counts[0] as number,
    completeOrgs: counts[1] as number,
    overdueOrgs: counts[2] as number,
    hasChildren: v['hasChildren'],
  };
}

const isCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Validates a monitoring body (REST or cached); null when it is not one. */
export function parsePassportMonitoring(v: unknown): PassportMonitoring | null {
  if (!isObj(v) || !str(v['orgId']) || !str(v['today']) || !Array.isArray(v['rows'])) return null;
  const deadline = v['deadline'];
  const setOn = v['setOn'];
  if (!(deadline === null || (str(deadline) && ISO.test(deadline)))) return null;
  if (!(setOn === null || str(setOn))) return null;
  const rows = v['rows'].map(parseRow);
  if (rows.some((r) => r === null)) return null;
  const { total, complete, overdue, rowCount, offset } = v;
  if (![total, complete, overdue, rowCount, offset].every(isCount)) return null;
  return {
    orgId: v['orgId'],
    today: v['today'],
    deadline,
    setOn,
    rows: rows as PassportStatusRow[],
    total: total as number,
    complete: complete as number,
    overdue: overdue as number,
    rowCount: rowCount as number,
    offset: offset as number,
  };
}

/** The answer of PUT /api/orgs/:id/passport-deadline; null when it is not one. */
export function parsePassportDeadline(v: unknown): PassportDeadline | null {
  if (!isObj(v)) return null;
  const { deadline, setOn } = v;
  if (!(deadline === null || (str(deadline) && ISO.test(deadline)))) return null;
  if (!(setOn === null || str(setOn))) return null;
  return { deadline, setOn };
}

/** The body of PUT /api/orgs/:id/passport-deadline: a date, or null to lift the deadline. */
export function parseSetPassportDeadlineRequest(v: unknown): BodyParse<SetPassportDeadlineRequest> {
  const deadline = isObj(v) ? v['deadline'] : undefined;
  if (!(deadline === null || (str(deadline) && isIsoDate(deadline)))) {
    return bodyRefused('deadline must be a date YYYY-MM-DD or null', 'deadline');
  }
  return { ok: true, value: { deadline } };
}
