// Forms additions importable as @profgrid/core/forms (the rest of forms/ is exported by
// the package's main index).
export { lineExplanation } from './line-explanation.ts';
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
