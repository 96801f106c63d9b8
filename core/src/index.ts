// @profgrid/core — the one export list. Pure TypeScript: no DOM, no node:*, no frameworks.
export * from './model/member.ts';
export * from './model/passport.ts';
export * from './model/event.ts';
export * from './model/organization.ts';
export * from './model/custom-column.ts';
export * from './views/grid-view.ts';
export * from './validation/custom-column.ts';
export { CustomColumns } from './doc/custom-columns.ts';
export { ROOT, SCHEMA_VERSION, migrate } from './doc/schema.ts';
export type { MigrationResult } from './doc/schema.ts';
export { OrgDoc } from './doc/org-doc.ts';
export type { MemberFields, MembersChange, OrgDocOptions, OrgSnapshot } from './doc/org-doc.ts';
export { HISTORY_CAP } from './doc/cell-history.ts';
export type { CellHistoryEntry, HistoryActor } from './doc/cell-history.ts';
export type { Text, Locale } from './i18n/text.ts';
export { LOCALES } from './i18n/text.ts';
export type { ValidationResult } from './validation/result.ts';
export { validateMemberField, validateMember } from './validation/member.ts';
export type { MemberValidationContext } from './validation/member.ts';
export {
  REQUIRED_PASSPORT_FIELDS,
  validatePassportField,
  passportCompleteness,
} from './validation/passport.ts';
export type { PassportCompleteness } from './validation/passport.ts';
export { ageAt, formatRuDate, isIsoDate, normalizeDateInput } from './validation/dates.ts';
export { membershipSummary, YOUTH_MAX_AGE } from './reports/summary.ts';
export type { MembershipSummary } from './reports/summary.ts';
export * from './protocol/messages.ts';
export * from './protocol/mux.ts';
export { seededRandom, seedOf } from './demo/random.ts';
export type { Random } from './demo/random.ts';
export {
  DEMO_CATEGORIES,
  DEMO_ROOT_IDS,
  demoOrganizations,
  parseDemoInstitutions,
} from './demo/organizations.ts';
export type { DemoCategory, DemoInstitution } from './demo/organizations.ts';
export { DEMO_SEED, generateDemoRegistry } from './demo/generate.ts';
export type { DemoOptions, DemoPrimary, DemoRegistry } from './demo/generate.ts';
export type { DemoMember } from './demo/members.ts';
export { writeDemoPrimary } from './demo/write.ts';
export * from './api/wire.ts';
export * from './access/roles.ts';
export { chairEntries, normalizeSearch } from './access/chairs.ts';
export type { ChairEntry } from './access/chairs.ts';
export { EMPTY_SUMMARY, MONTHS, orgSummary, yearToDate } from './reports/org-summary.ts';
export type { Month, OrgSummary, Period } from './reports/org-summary.ts';
export {
  addSummaries,
  isEmptySummary,
  subtractSummaries,
  sumSummaries,
  summaryFigures,
} from './reports/rollup-math.ts';
export type { SummaryFigures } from './reports/rollup-math.ts';
export { RollupTree } from './reports/rollup-tree.ts';
export { parseChildrenRollups, parseOrgRollup, toOrgRollup } from './reports/rollup-wire.ts';
export {
  CHILD_SORT_KEYS,
  childDisplayName,
  childSortValue,
  sortChildRollups,
} from './reports/child-rollup-sort.ts';
export type { ChildSortKey } from './reports/child-rollup-sort.ts';
export type { ChildRollup, ChildrenRollups, OrgRollup } from './reports/rollup-wire.ts';
export { PRIMARY_LEVELS, reportLines, statisticalReport } from './reports/statistical-report.ts';
export type {
  ReportCell,
  ReportLine,
  ReportOrg,
  ReportSection,
  StatisticalReport,
} from './reports/statistical-report.ts';
export { REPORT_LABELS } from './reports/report-labels.ts';
export type { ReportRowKey, ReportSectionKey } from './reports/report-labels.ts';
export {
  PASSPORT_SORTS,
  committeeStatus,
  keepsPassport,
  parsePassportMonitoring,
  passportMonitoring,
  passportStatus,
} from './reports/passport-monitoring.ts';
export type {
  MonitoredOrg,
  PassportDeadline,
  PassportMonitoring,
  PassportSort,
  PassportStatusRow,
  SetPassportDeadlineRequest,
} from './reports/passport-monitoring.ts';
export * from './import/index.ts';
export { parseTsv, serializeTsv, rectangular } from './clipboard/tsv.ts';
export type { CellMatrix } from './clipboard/tsv.ts';
export { htmlTableFlavour } from './clipboard/html.ts';
export { planPaste, applyPastePlan } from './clipboard/paste.ts';
export type {
  FieldEdit,
  JoinedEvent,
  NewMember,
  PastePlan,
  PasteTarget,
} from './clipboard/paste.ts';
export { foldOrgName, orgNameMatcher, orgSearchText } from './model/org-name-match.ts';
export { parseOrgNode, parseOrgSearchResult, parseOrgTreeLevel } from './api/org-tree-wire.ts';
export type { OrgNode, OrgSearchHit, OrgSearchResult, OrgTreeLevel } from './api/org-tree-wire.ts';
export { UNION_SCALE, unionTree } from './demo/union-tree.ts';
export type { UnionTreeOptions } from './demo/union-tree.ts';
