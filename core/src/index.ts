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
export { validateMemberField, validateMember } from './validation/member.ts';
export type { MemberValidationContext } from './validation/member.ts';
export {
  REQUIRED_PASSPORT_FIELDS,
  validatePassportField,
  passportCompleteness,
} from './validation/passport.ts';
export type { PassportCompleteness } from './validation/passport.ts';
export * from './cells/index.ts';
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
export * from './cards/index.ts';
export { TASK_KINDS, parseTaskList, sortTasks } from './guide/tasks.ts';
export type { KnownTaskKind, TaskItem, TaskList } from './guide/tasks.ts';
export {
  FEEDBACK_ANSWER_MAX,
  FEEDBACK_SCREEN_MAX,
  FEEDBACK_STATUSES,
  FEEDBACK_TEXT_MAX,
  isFeedbackStatus,
  isScreenPath,
  parseChairProgress,
  parseFeedbackItem,
  parseFeedbackList,
} from './guide/feedback.ts';
export type {
  ChairProgress,
  FeedbackItem,
  FeedbackList,
  FeedbackStatus,
  FeedbackUpdate,
  NewFeedback,
} from './guide/feedback.ts';
export {
  DEFAULT_TIME_ZONE,
  addDays,
  addYears,
  calendarDate,
  isTimeZone,
} from './register/calendar.ts';
export { EVENT_EFFECTS, FIELD_EFFECTS } from './register/event-effects.ts';
export { registerAsOf } from './register/register-as-of.ts';
export type { RegisterAsOf } from './register/register-as-of.ts';
export { registerMovement } from './register/movement.ts';
export type { Movement } from './register/movement.ts';
export { FORM_KINDS, FORM_TITLES, formKindOf, isConsolidated } from './forms/form-kinds.ts';
export type { FormKind } from './forms/form-kinds.ts';
export {
  FORM_LINES,
  FORM_SECTIONS,
  LINE_BY_CODE,
  MANUAL_CODES,
  linesOf,
} from './forms/form-lines.ts';
export type { FormLineDef, FormSectionDef, LineSource, LineUnit } from './forms/form-lines.ts';
export {
  GAP_LINES,
  GAP_REASONS,
  gapCountsOf,
  orgFormFigures,
  reportingPeriod,
  zeroRegisterValues,
} from './forms/org-figures.ts';
export type {
  FormValues,
  GapReason,
  OrgFigures,
  OrgFormInput,
  OrgGap,
} from './forms/org-figures.ts';
export { addCounts, composeForm } from './forms/compose.ts';
export type { ComposeInput } from './forms/compose.ts';
export { MANUAL_MAX, parseManualLines } from './forms/manual-lines.ts';
export type { ManualError, ManualResult } from './forms/manual-lines.ts';
export { formChecks, unexplained } from './forms/form-checks.ts';
export type { CheckInput, CheckKind, FormCheck } from './forms/form-checks.ts';
export * from './forms/statform-wire.ts';
export { foldOrgName, orgNameMatcher, orgSearchText } from './model/org-name-match.ts';
export { parseOrgNode, parseOrgSearchResult, parseOrgTreeLevel } from './api/org-tree-wire.ts';
export type { OrgNode, OrgSearchHit, OrgSearchResult, OrgTreeLevel } from './api/org-tree-wire.ts';
export { UNION_SCALE, unionTree } from './demo/union-tree.ts';
export type { UnionTreeOptions } from './demo/union-tree.ts';
