// Passport completion monitoring (issue 5 item 5, R9): a committee sets a deadline for its
// subtree; every subordinate organization is listed with its completion (required fields
// filled validly, from the same own summary the rollup keeps), what is missing, and whether
// it is overdue. Pure: the relay computes it from the summaries it already holds (no
// document is opened), the browser parses it at the boundary.
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
}

/** GET /api/orgs/:id/passport-monitoring */
export interface PassportMonitoring extends PassportDeadline {
  readonly orgId: string;
  readonly today: string;
  readonly rows: readonly PassportStatusRow[];
  /** Rows complete / all rows. */
  readonly complete: number;
  readonly overdue: number;
}

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
    complete: rows.filter((r) => r.missing.length === 0).length,
    overdue: rows.filter((r) => r.overdue).length,
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
  return {
    id: v['id'],
    name: v['name'],
    shortName: v['shortName'],
    level: level as OrgLevel,
    percent: v['percent'],
    missing: missing as PassportField[],
    overdue: v['overdue'],
  };
}

/** Validates a monitoring body (REST or cached); null when it is not one. */
export function parsePassportMonitoring(v: unknown): PassportMonitoring | null {
  if (!isObj(v) || !str(v['orgId']) || !str(v['today']) || !Array.isArray(v['rows'])) return null;
  const deadline = v['deadline'];
  const setOn = v['setOn'];
  if (!(deadline === null || (str(deadline) && ISO.test(deadline)))) return null;
  if (!(setOn === null || str(setOn))) return null;
  const rows = v['rows'].map(parseRow);
  if (rows.some((r) => r === null)) return null;
  const ok = rows as PassportStatusRow[];
  return {
    orgId: v['orgId'],
    today: v['today'],
    deadline,
    setOn,
    rows: ok,
    complete: ok.filter((r) => r.missing.length === 0).length,
    overdue: ok.filter((r) => r.overdue).length,
  };
}
