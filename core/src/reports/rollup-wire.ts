// The wire shape of rollups (GET /api/orgs/:id/summary, …/children-summaries and the
// …/summary/stream events): the subtree's counts flat at the top level (membersTotal an
// integer) plus derived percentages. parseOrgRollup validates what crosses the boundary
// (a REST body or a cached IndexedDB row of an older version) and never throws.
import type { OrgLevel } from '../model/organization.ts';
import { EMPTY_SUMMARY } from './org-summary.ts';
import type { OrgSummary, Period } from './org-summary.ts';
import { summaryFigures } from './rollup-math.ts';
import type { SummaryFigures } from './rollup-math.ts';

export type OrgRollup = OrgSummary &
  SummaryFigures & {
    readonly orgId: string;
    /** Reference date of ages (youth), ISO. */
    readonly referenceDate: string;
    /** Period of joined / left. */
    readonly period: Period;
  };

export interface ChildRollup {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly level: OrgLevel;
  /** Whether it has children of its own (drill-down goes on) or is a primary. */
  readonly hasChildren: boolean;
  readonly rollup: OrgRollup;
}

export interface ChildrenRollups {
  readonly orgId: string;
  /** A page of the direct children (all of them in a live event's partial list). */
  readonly children: readonly ChildRollup[];
  /** Visible direct children in all, and where this page starts (REST answers). */
  readonly total?: number;
  readonly offset?: number;
}

export function toOrgRollup(
  orgId: string,
  summary: OrgSummary,
  referenceDate: string,
  period: Period,
): OrgRollup {
  return { ...summary, ...summaryFigures(summary), orgId, referenceDate, period };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function countsMatch(template: Record<string, unknown>, value: Record<string, unknown>): boolean {
  for (const [key, t] of Object.entries(template)) {
    const v = value[key];
    if (typeof t === 'number') {
      if (typeof v !== 'number' || !Number.isInteger(v)) return false;
    } else if (!isRecord(v) || !countsMatch(t as Record<string, unknown>, v)) return false;
  }
  return true;
}

const isPercent = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

/** A rollup from untrusted JSON, or null when it does not have the expected shape. */
export function parseOrgRollup(value: unknown): OrgRollup | null {
  if (!isRecord(value) || !countsMatch(EMPTY_SUMMARY as never, value)) return null;
  const period = value['period'];
  if (
    typeof value['orgId'] !== 'string' ||
    typeof value['referenceDate'] !== 'string' ||
    !isRecord(period) ||
    typeof period['from'] !== 'string' ||
    typeof period['to'] !== 'string' ||
    !isPercent(value['coveragePercent']) ||
    !isPercent(value['passportPercent'])
  )
    return null;
  return value as unknown as OrgRollup;
}

/** Children rollups from untrusted JSON, or null. */
export function parseChildrenRollups(value: unknown): ChildrenRollups | null {
  if (!isRecord(value) || typeof value['orgId'] !== 'string') return null;
  const children = value['children'];
  if (!Array.isArray(children)) return null;
  for (const key of ['total', 'offset']) {
    const n = value[key];
    if (n !== undefined && !(typeof n === 'number' && Number.isSafeInteger(n) && n >= 0))
      return null;
  }
  for (const c of children as unknown[]) {
    if (
      !isRecord(c) ||
      typeof c['id'] !== 'string' ||
      typeof c['name'] !== 'string' ||
      typeof c['shortName'] !== 'string' ||
      typeof c['level'] !== 'string' ||
      typeof c['hasChildren'] !== 'boolean' ||
      parseOrgRollup(c['rollup']) === null
    )
      return null;
  }
  return value as unknown as ChildrenRollups;
}
