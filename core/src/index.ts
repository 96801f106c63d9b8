// @profgrid/core — the one export list. Pure TypeScript: no DOM, no node:*, no frameworks.
export {
  CATEGORIES,
  CONSENT_FORMS,
  GENDERS,
  MEMBER_FIELDS,
  MEMBER_STATUSES,
  emptyMember,
  isMemberField,
} from './model/member.ts';
export type {
  Category,
  ConsentForm,
  Gender,
  MemberField,
  MemberRecord,
  MemberStatus,
} from './model/member.ts';
export { PASSPORT_FIELDS, emptyPassport, isPassportField } from './model/passport.ts';
export type { PassportField, PassportRecord } from './model/passport.ts';
export { EVENT_TYPES, LEAVE_REASONS } from './model/event.ts';
export type {
  EarlierRecord,
  LeaveReason,
  MembershipEvent,
  MembershipEventType,
} from './model/event.ts';
export { INSTITUTION_TYPES, ORG_LEVELS, orgDocName, orgIdOfDocName } from './model/organization.ts';
export type { InstitutionType, OrgLevel, Organization } from './model/organization.ts';
export {
  CUSTOM_COLUMN_TYPES,
  CUSTOM_PREFIX,
  MULTI_SEPARATOR,
  YES_NO,
  customKey,
  customValue,
  isCustomColumnType,
  isCustomKey,
  joinMulti,
  splitMulti,
} from './model/custom-column.ts';
export type {
  CellKey,
  CustomColumn,
  CustomColumnDraft,
  CustomColumnType,
  CustomKey,
  MemberRow,
} from './model/custom-column.ts';
export {
  GRID_VIEW_MAX_BYTES,
  GRID_VIEW_MAX_COLUMNS,
  GRID_VIEW_MAX_COL_ID,
  GRID_VIEW_VERSION,
  parseGridView,
} from './views/grid-view.ts';
export type { GridView, GridViewColumn, GridViewParse, Pinned } from './views/grid-view.ts';
export {
  CHOICES_MAX,
  CHOICE_MAX,
  COLUMN_NAME_MAX,
  checkColumnDraft,
  parseCustomNumber,
  validateCustomValue,
} from './validation/custom-column.ts';
export type { ColumnDraftResult } from './validation/custom-column.ts';
export { CustomColumns } from './doc/custom-columns.ts';
export { ROOT, SCHEMA_VERSION, migrate } from './doc/schema.ts';
export type { MigrationResult } from './doc/schema.ts';
export { OrgDoc } from './doc/org-doc.ts';
export type { MemberFields, MembersChange, OrgDocOptions, OrgSnapshot } from './doc/org-doc.ts';
export { HISTORY_CAP } from './doc/cell-history.ts';
export type { CellHistoryEntry, HistoryActor } from './doc/cell-history.ts';
export type { Text, Locale } from './i18n/text.ts';
export { LOCALES } from './i18n/text.ts';
export { ruCollator } from './i18n/collate.ts';
export { validateMemberField, validateMember } from './validation/member.ts';
export type { MemberValidationContext } from './validation/member.ts';
export {
  REQUIRED_PASSPORT_FIELDS,
  validatePassportField,
  passportCompleteness,
} from './validation/passport.ts';
export type { PassportCompleteness } from './validation/passport.ts';
export {
  CATEGORY_CHOICES,
  CHAIR_FULL_TIME_CHOICES,
  CONSENT_CHOICES,
  CUSTOM_TEXT_MAX,
  FIELD_HEADERS,
  FULL_NAME_HEADERS,
  GENDER_CHOICES,
  IGNORED_HEADERS,
  INSTITUTION_CHOICES,
  MEMBER_CODECS,
  MIN_DATE,
  PASSPORT_CODECS,
  STATUS_CHOICES,
  VALID,
  YES_NO_CHOICES,
  ageAt,
  asText,
  cellCodec,
  choiceCodes,
  choiceLabel,
  columnsLookup,
  customCodec,
  excelSerialToIso,
  foldText,
  formatCount,
  formatNumber,
  formatRuDate,
  invalid,
  isIsoDate,
  isoToExcelSerial,
  matchChoice,
  neutralizeFormula,
  normalizeDateInput,
  numberValue,
  parseDate,
  restoreFormula,
  validateDate,
} from './cells/index.ts';
export type {
  CellCodec,
  CellContext,
  CellKind,
  Choice,
  ColumnLookup,
  ParseMode,
  ValidationResult,
} from './cells/index.ts';
export { membershipSummary, YOUTH_MAX_AGE } from './reports/summary.ts';
export type { MembershipSummary } from './reports/summary.ts';
export {
  DENIED_CODES,
  MSG_ACK,
  MSG_AUTH,
  MSG_AWARENESS,
  MSG_DENIED,
  MSG_QUERY_AWARENESS,
  MSG_SYNC,
  MSG_UNSUBSCRIBE,
} from './protocol/messages.ts';
export type { DeniedCode } from './protocol/messages.ts';
export {
  MAX_DOC_NAME_LENGTH,
  decodeDenied,
  decodeMuxFrame,
  encodeAck,
  encodeDenied,
  encodeMuxFrame,
  encodeUnsubscribe,
} from './protocol/mux.ts';
export type { MuxDecodeResult, MuxFrame } from './protocol/mux.ts';
export {
  API_ERROR_CODES,
  AUDIT_ACTIONS,
  AUDIT_DEFAULT_LIMIT,
  AUDIT_MAX_LIMIT,
  CHAIRS_MAX_RESULTS,
  CLOSE_UNAUTHENTICATED,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
} from './api/wire.ts';
export type {
  ApiError,
  ApiErrorCode,
  ArchiveOrgRequest,
  AuditAction,
  AuditEntry,
  ChairCard,
  CreateOrgRequest,
  CreateUserRequest,
  LoginRequest,
  Me,
  MoveOrgRequest,
  OrgRecord,
  Role,
  RoleGrant,
  SetPasswordRequest,
  SetRolesRequest,
  UpdateOrgRequest,
  UpdateUserRequest,
  UserRecord,
} from './api/wire.ts';
export {
  ROLE_RANK,
  commonAncestor,
  docAccessOfRole,
  effectiveRole,
  hasRole,
  isWithin,
  strongerRole,
  subtreeRoots,
} from './access/roles.ts';
export type { AncestorsOf } from './access/roles.ts';
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
  parsePassportDeadline,
  parsePassportMonitoring,
  parseSetPassportDeadlineRequest,
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
export {
  EXPORT_FIELDS,
  FULL_NAME,
  IMPORT_REASONS,
  ImportAnalysis,
  analyzeTable,
  applyImportPlan,
  columnLetter,
  csvCell,
  decodeImportText,
  decodeWindows1251,
  detectDelimiter,
  duplicateKey,
  exportCells,
  exportCsvTable,
  exportHeaders,
  findHeaderRow,
  guessMapping,
  importReason,
  indexMembers,
  isHeaderRow,
  mapsName,
  parseCsv,
  planImport,
  serializeCsv,
  sheetRows,
  splitFullName,
} from './import/index.ts';
export type {
  AnalyzedRow,
  CellIssue,
  ColumnMapping,
  CsvDelimiter,
  DecodedText,
  DuplicateDecision,
  ImportDefaults,
  ImportOutcome,
  ImportPlan,
  ImportReasonCode,
  ImportTarget,
  PlanOptions,
  ReportRow,
  SheetRow,
  TextEncodingName,
} from './import/index.ts';
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
export {
  CARD_EPOCH,
  CARD_INVALID_REASONS,
  CARD_QR_PREFIX,
  CARD_REGION_MAX,
  CARD_REGION_MIN,
  CARD_SERIAL_MAX,
  CARD_STATUSES,
  CREDENTIAL_BYTES,
  CREDENTIAL_FIELDS_BYTES,
  CREDENTIAL_TAG,
  CREDENTIAL_VERSION,
  ISSUE_CARDS_MAX,
  REVOCATION_TAG,
  REVOKE_REASONS,
  SIGNATURE_BYTES,
  asciiBytes,
  base45Decode,
  base45Encode,
  cardDay,
  cardKeysToWire,
  credentialMessage,
  dayToIso,
  decodeCredential,
  encodeCredential,
  formatCardNumber,
  fromHex,
  mod97CheckDigits,
  normalizeCardNumber,
  parseCardKeys,
  parseCardLinkResponse,
  parseCardLinkView,
  parseCardStats,
  parseCardNumber,
  parseCardStatusResponse,
  parseIssuedCard,
  parseIssuedCards,
  parseOrgCards,
  parseRevocationList,
  revocationListMessage,
  toHex,
  verifyCardQr,
  verifyRevocationList,
  CHECK_EVENTS_MAX,
  PARTNER_ADDRESSES_MAX,
  PARTNER_CATEGORIES,
  PARTNER_TEXT_MAX,
  initialsOf,
  parseCheckEvents,
  parsePartnerFields,
  parsePartnerStats,
  partnerActiveOn,
} from './cards/index.ts';
export type {
  CardCheck,
  CardInvalidReason,
  CardKey,
  CardKeysWire,
  CardLinkResponse,
  CardLinkView,
  CardNumber,
  CardCounts,
  CardStats,
  CardStatus,
  CardStatusResponse,
  CheckEvent,
  Partner,
  PartnerAccount,
  PartnerCategory,
  PartnerFields,
  PartnerMe,
  PartnerMonth,
  PartnerStats,
  CardVerifyContext,
  Credential,
  CredentialFields,
  Ed25519Verify,
  IssueCardsRequest,
  IssuedCard,
  OrgCards,
  RevocationList,
  RevokeReason,
} from './cards/index.ts';
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
export { FORM_STATES, STATFORM_TEXT_MAX } from './forms/statform-wire.ts';
export type {
  FormState,
  LineSourceWire,
  EditCampaignRequest,
  OpenCampaignRequest,
  ReviewStatformRequest,
  SaveStatformRequest,
  Statform,
  StatformCampaign,
  StatformCampaigns,
  StatformDetails,
  StatformLine,
  StatformLineOrgs,
  SubordinateFormState,
} from './forms/statform-wire.ts';
export { foldOrgName, orgNameMatcher, orgSearchText } from './model/org-name-match.ts';
export { parseOrgNode, parseOrgSearchResult, parseOrgTreeLevel } from './api/org-tree-wire.ts';
export {
  parseAuditEntries,
  parseAuditEntry,
  parseChairCard,
  parseChairCards,
  parseListOf,
  parseMe,
  parseOrgRecord,
  parseOrgRecords,
  parseUserRecord,
  parseUserRecords,
} from './api/wire-parsers.ts';
export {
  LOGIN_PATTERN,
  MAX_GRANTS,
  isDisplayName,
  parseArchiveOrgRequest,
  parseCreateOrgRequest,
  parseCreateUserRequest,
  parseLoginRequest,
  parseMoveOrgRequest,
  parseOwnPasswordRequest,
  parsePasswordResetRequest,
  parseRoleGrants,
  parseSetRolesRequest,
  parseUpdateOrgRequest,
  parseUpdateUserRequest,
} from './api/request-parsers.ts';
export type { BodyParse } from './api/request-parsers.ts';
export {
  parseStatform,
  parseStatformCampaign,
  parseStatformCampaignList,
  parseStatformLineOrgs,
} from './forms/statform-parse.ts';
export type { StatformCampaignList } from './forms/statform-parse.ts';
export type { OrgNode, OrgSearchHit, OrgSearchResult, OrgTreeLevel } from './api/org-tree-wire.ts';
