// Forms additions importable as @profgrid/core/forms (the rest of forms/ is exported by
// the package's main index).
export { lineExplanation } from './line-explanation.ts';
export { foreignHolders, holdersOffIn } from './position-lines.ts';
export type { HoldersOff } from './position-lines.ts';
export { offlineStatform } from './offline-form.ts';
export type { OfflineFormInput } from './offline-form.ts';
export {
  CAMPAIGN_TITLE_MAX,
  FULL_REPORT_REASON_MAX,
  FULL_REPORT_REASON_MIN,
  parseEditCampaignRequest,
  parseFullReportRequest,
  parseOpenCampaignRequest,
  parseReviewStatformRequest,
  parseSaveStatformRequest,
} from './statform-requests.ts';
export type { FullReportRequest } from './statform-wire.ts';
export { FORM_KINDS, FORM_TITLES, formKindOf, isConsolidated } from './form-kinds.ts';
export type { FormKind } from './form-kinds.ts';
export { FORM_LINES, FORM_SECTIONS, LINE_BY_CODE, MANUAL_CODES, linesOf } from './form-lines.ts';
export type { FormLineDef, FormSectionDef, LineSource, LineUnit } from './form-lines.ts';
export {
  GAP_LINES,
  GAP_REASONS,
  gapCountsOf,
  orgFormFigures,
  reportingPeriod,
  zeroRegisterValues,
} from './org-figures.ts';
export type { FormValues, GapReason, OrgFigures, OrgFormInput, OrgGap } from './org-figures.ts';
export { addCounts, composeForm } from './compose.ts';
export type { ComposeInput } from './compose.ts';
export { MANUAL_MAX, parseManualLines } from './manual-lines.ts';
export type { ManualError, ManualResult } from './manual-lines.ts';
export { formChecks, unexplained } from './form-checks.ts';
export type { CheckInput, CheckKind, FormCheck } from './form-checks.ts';
export { FORM_STATES, STATFORM_TEXT_MAX } from './statform-wire.ts';
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
  StatformOwnFigures,
  StatformLine,
  StatformLineOrgs,
  SubordinateFormState,
} from './statform-wire.ts';
export {
  parseStatform,
  parseStatformCampaign,
  parseStatformCampaignList,
  parseStatformLineOrgs,
} from './statform-parse.ts';
export type { StatformCampaignList } from './statform-parse.ts';
