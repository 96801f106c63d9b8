// The statistical report of a subtree for a period (R3), in the terms of
// the union's form 5-СП. Computed from plain snapshots of the subtree's documents, the
// same in the browser (a committee's full report) and in tests. Its counts are the sum
// of the per-organization `orgSummary` the relay rolls up, so the report and the
// dashboard agree to the unit by construction; the report adds what a rollup cannot
// carry (organizations by level, chairs) and says where the data lacks a figure.
//
// A cell is either a value or «нет данных» — never a 0 standing for "unknown":
//  - `lackingOrgs`: organizations whose data does not give the figure (document not
//    read, passport field empty or invalid and — for the chair's gender and age — no
//    member on the register matching the chair's name; see report-chairs.ts);
//  - `unknownMembers`: members on the register whose field is empty or invalid.
// A value with lacking > 0 covers only the organizations and members that give it.
import type { OrgSnapshot } from '../doc/org-doc.ts';
import type { Text } from '../i18n/text.ts';
import { LEAVE_REASONS } from '../model/event.ts';
import type { LeaveReason } from '../model/event.ts';
import { ORG_LEVELS } from '../model/organization.ts';
import type { OrgLevel } from '../model/organization.ts';
import { EMPTY_SUMMARY, orgSummary } from './org-summary.ts';
import type { OrgSummary, Period } from './org-summary.ts';
import { addInto, copySummary, summaryFigures } from './rollup-math.ts';
import { chairFacts, electedBodySize } from './report-chairs.ts';
import { REPORT_LABELS } from './report-labels.ts';
import type { ReportRowKey, ReportSectionKey } from './report-labels.ts';

export interface ReportOrg {
  readonly id: string;
  readonly level: OrgLevel;
  /** The organization's document; null when it could not be read. */
  readonly snapshot: OrgSnapshot | null;
}

export type ReportCell =
  | {
      readonly kind: 'value';
      readonly value: number;
      readonly lackingOrgs: number;
      readonly unknownMembers: number;
    }
  | { readonly kind: 'missing'; readonly lackingOrgs: number; readonly unknownMembers: number };

export interface ReportLine {
  readonly key: ReportRowKey;
  readonly label: Text;
  /** 0 = a total, 1 = «из них» under the row above. */
  readonly depth: 0 | 1;
  readonly unit: 'count' | 'percent';
  readonly cell: ReportCell;
}

export interface ReportSection {
  readonly key: ReportSectionKey;
  readonly title: Text;
  readonly rows: readonly ReportLine[];
}

export interface StatisticalReport {
  readonly rootId: string;
  /** Ages (youth) are counted at this date; the period's last day. */
  readonly referenceDate: string;
  readonly period: Period;
  readonly orgsInScope: number;
  /** Organizations whose document could not be read (their figures are lacking). */
  readonly documentsMissing: number;
  /** Σ orgSummary over the documents read: what the rollup of the subtree holds. */
  readonly summary: OrgSummary;
  readonly sections: readonly ReportSection[];
}

/** Levels counted as primary organizations (chairs of ППО, workers expected). */
export const PRIMARY_LEVELS: readonly OrgLevel[] = ['primary', 'primary-territorial'];
/** Report rows by level: every level but the central committee, in ORG_LEVELS order. */
const LEVEL_ROWS = ORG_LEVELS.filter((l): l is Exclude<OrgLevel, 'central'> => l !== 'central');

function value(v: number, lackingOrgs = 0, unknownMembers = 0): ReportCell {
  return { kind: 'value', value: v, lackingOrgs, unknownMembers };
}

/** A figure given per organization: missing when every applicable org lacks it. */
function perOrg(v: number, applicable: number, lacking: number): ReportCell {
  return applicable > 0 && lacking >= applicable
    ? { kind: 'missing', lackingOrgs: lacking, unknownMembers: 0 }
    : value(v, lacking);
}

/** A figure counted per member: missing when no member on the register gives it. */
function perMember(v: number, total: number, unknown: number, lackingOrgs: number): ReportCell {
  return (total > 0 && unknown >= total) || (total === 0 && lackingOrgs > 0)
    ? { kind: 'missing', lackingOrgs, unknownMembers: unknown }
    : value(v, lackingOrgs, unknown);
}

/**
 * The report over `orgs` (the subtree of `rootId`, the root included). Ages at
 * `period.to`; joined and left within the period.
 */
export function statisticalReport(
  rootId: string,
  orgs: readonly ReportOrg[],
  period: Period,
): StatisticalReport {
  const referenceDate = period.to;
  const total = copySummary(EMPTY_SUMMARY);
  const byLevel = new Map<OrgLevel, number>();
  let documentsMissing = 0;
  let workersApplicable = 0;
  let workersLacking = 0;
  const chairs = {
    primaries: 0,
    named: 0,
    women: 0,
    genderLacking: 0,
    youth: 0,
    ageLacking: 0,
    fullTime: 0,
    fullTimeLacking: 0,
  };
  // Every organization but a profgroup (which elects one профгрупорг) has an elected body:
  // профком of a primary, комитет of a territorial organization.
  const elected = { applicable: 0, members: 0, lacking: 0 };
  for (const org of orgs) {
    byLevel.set(org.level, (byLevel.get(org.level) ?? 0) + 1);
    const primary = PRIMARY_LEVELS.includes(org.level);
    const hasBody = org.level !== 'profgroup';
    if (hasBody) elected.applicable++;
    if (primary) chairs.primaries++;
    if (!org.snapshot) {
      documentsMissing++;
      if (hasBody) elected.lacking++;
      if (primary) {
        workersApplicable++;
        workersLacking++;
        chairs.genderLacking++;
        chairs.ageLacking++;
        chairs.fullTimeLacking++;
      }
      continue;
    }
    const body = hasBody ? electedBodySize(org.snapshot) : 0;
    if (body === null) elected.lacking++;
    else elected.members += body;
    const own = orgSummary(org.snapshot, referenceDate, period);
    addInto(total, own);
    if (primary || own.membersTotal > 0) {
      workersApplicable++;
      if (own.workersKnownOrgs === 0) workersLacking++;
    }
    if (!primary) continue;
    const chair = chairFacts(org.snapshot, referenceDate);
    if (chair.named) chairs.named++;
    if (chair.female === null) chairs.genderLacking++;
    else if (chair.female) chairs.women++;
    if (chair.youth === null) chairs.ageLacking++;
    else if (chair.youth) chairs.youth++;
    if (chair.fullTime === null) chairs.fullTimeLacking++;
    else if (chair.fullTime) chairs.fullTime++;
  }
  const s = total;
  const docs = documentsMissing;
  const coverage = summaryFigures(s).coveragePercent;
  const leftRows = LEAVE_REASONS.map((r: LeaveReason) =>
    row(`left.${r}`, 1, value(s.leftByReason[r], docs)),
  );
  const sections: ReportSection[] = [
    section('structure', [
      row('orgs.total', 0, value(orgs.length)),
      ...LEVEL_ROWS.map((l) => row(`orgs.${l}`, 1, value(byLevel.get(l) ?? 0))),
    ]),
    section('members', [
      row('members.total', 0, perMember(s.membersTotal, s.membersTotal, 0, docs)),
      row('members.working', 1, perMember(s.working, s.membersTotal, s.categoryUnknown, docs)),
      row('members.student', 1, perMember(s.student, s.membersTotal, s.categoryUnknown, docs)),
      row('members.pensioner', 1, perMember(s.pensioner, s.membersTotal, s.categoryUnknown, docs)),
      row('members.women', 1, perMember(s.women, s.membersTotal, s.genderUnknown, docs)),
      row('members.youth', 1, perMember(s.youth, s.membersTotal, s.ageUnknown, docs)),
      row('workers.total', 0, perOrg(s.workers, workersApplicable, workersLacking)),
      row(
        'workers.coverage',
        0,
        coverage === null
          ? { kind: 'missing', lackingOrgs: workersLacking, unknownMembers: 0 }
          : value(coverage, workersLacking),
        'percent',
      ),
    ]),
    section('movement', [
      row('joined', 0, value(s.joined, docs)),
      row('transferredIn', 0, value(s.transferredIn, docs)),
      row('left.total', 0, value(s.left, docs)),
      ...leftRows,
      row('transferredOut', 0, value(s.transferredOut, docs)),
    ]),
    section('chairs', [
      row(
        'chairs.total',
        0,
        perOrg(chairs.named, chairs.primaries, chairs.primaries - chairs.named),
      ),
      row('chairs.women', 1, perOrg(chairs.women, chairs.primaries, chairs.genderLacking)),
      row('chairs.youth', 1, perOrg(chairs.youth, chairs.primaries, chairs.ageLacking)),
      row('chairs.fullTime', 1, perOrg(chairs.fullTime, chairs.primaries, chairs.fullTimeLacking)),
    ]),
    section('elected', [
      row('elected.members', 0, perOrg(elected.members, elected.applicable, elected.lacking)),
    ]),
  ];
  return {
    rootId,
    referenceDate,
    period,
    orgsInScope: orgs.length,
    documentsMissing,
    summary: s,
    sections,
  };
}

function row(
  key: ReportRowKey,
  depth: 0 | 1,
  cell: ReportCell,
  unit: 'count' | 'percent' = 'count',
): ReportLine {
  return { key, label: REPORT_LABELS.rows[key], depth, unit, cell };
}

function section(key: ReportSectionKey, rows: ReportLine[]): ReportSection {
  return { key, title: REPORT_LABELS.sections[key], rows };
}

/** Every row of the report, in order (for exports and lookups). */
export function reportLines(report: StatisticalReport): ReportLine[] {
  return report.sections.flatMap((s) => s.rows);
}
