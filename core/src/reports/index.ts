// reports/: importable as @profgrid/core/reports; the names other packages use are also in the
// main entry (core/src/index.ts).
export { membershipSummary, YOUTH_MAX_AGE } from './summary.ts';
export type { MembershipSummary } from './summary.ts';
export { EMPTY_SUMMARY, MONTHS, orgSummary, yearToDate } from './org-summary.ts';
export type { Month, OrgSummary, Period } from './org-summary.ts';
export {
  addSummaries,
  isEmptySummary,
  subtractSummaries,
  sumSummaries,
  summaryFigures,
} from './rollup-math.ts';
export type { SummaryFigures } from './rollup-math.ts';
export { RollupTree } from './rollup-tree.ts';
export { parseChildrenRollups, parseOrgRollup, toOrgRollup } from './rollup-wire.ts';
export {
  CHILD_SORT_KEYS,
  childDisplayName,
  childSortValue,
  sortChildRollups,
} from './child-rollup-sort.ts';
export type { ChildSortKey } from './child-rollup-sort.ts';
export type { ChildRollup, ChildrenRollups, OrgRollup } from './rollup-wire.ts';
export { PRIMARY_LEVELS, reportLines, statisticalReport } from './statistical-report.ts';
export type {
  ReportCell,
  ReportLine,
  ReportOrg,
  ReportSection,
  StatisticalReport,
} from './statistical-report.ts';
export { REPORT_LABELS } from './report-labels.ts';
export type { ReportRowKey, ReportSectionKey } from './report-labels.ts';
export {
  PASSPORT_SORTS,
  committeeStatus,
  keepsPassport,
  parsePassportDeadline,
  parsePassportMonitoring,
  parseSetPassportDeadlineRequest,
  passportMonitoring,
  passportStatus,
} from './passport-monitoring.ts';
export type {
  MonitoredOrg,
  PassportDeadline,
  PassportMonitoring,
  PassportSort,
  PassportStatusRow,
  SetPassportDeadlineRequest,
} from './passport-monitoring.ts';
