// Parsers of the statistical forms' request bodies (statform-wire.ts), used by the server's
// routes: untrusted JSON in, the typed value or the refusal (api/body-parse.ts) out. Whether
// the caller may act and whether the form's state allows it stay with the routes.
import { bodyOk, bodyRefused, isBodyObject } from '../api/body-parse.ts';
import type { BodyParse } from '../api/body-parse.ts';
import { isIsoDate } from '../cells/index.ts';
import { parseManualLines } from './manual-lines.ts';
import { STATFORM_TEXT_MAX } from './statform-wire.ts';
import type {
  EditCampaignRequest,
  FullReportRequest,
  OpenCampaignRequest,
  SaveStatformRequest,
} from './statform-wire.ts';

/** Longest campaign title (characters). */
export const CAMPAIGN_TITLE_MAX = 200;
/** A full report's reason: 5 to 500 characters. */
export const FULL_REPORT_REASON_MIN = 5;
export const FULL_REPORT_REASON_MAX = 500;

type Dates = { readonly asOf: string; readonly deadline: string };
type CampaignFields = Dates & { readonly title: string };

function campaignFields(
  asOf: unknown,
  deadline: unknown,
  title: unknown,
): BodyParse<CampaignFields> {
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) {
    return bodyRefused('asOf must be a date YYYY-MM-DD', 'asOf');
  }
  if (typeof deadline !== 'string' || !isIsoDate(deadline) || deadline < asOf) {
    return bodyRefused('deadline must be a date YYYY-MM-DD not before asOf', 'deadline');
  }
  if (typeof title !== 'string' || title.length > CAMPAIGN_TITLE_MAX) {
    return bodyRefused(`title must be a text of at most ${CAMPAIGN_TITLE_MAX} characters`, 'title');
  }
  return bodyOk({ asOf, deadline, title: title.trim() });
}

/** POST /api/orgs/:id/statform-campaigns. The title comes trimmed ('' when none). */
export function parseOpenCampaignRequest(v: unknown): BodyParse<Required<OpenCampaignRequest>> {
  const body = isBodyObject(v) ? v : {};
  return campaignFields(body['asOf'], body['deadline'], body['title'] ?? '');
}

/**
 * PATCH /api/orgs/:id/statform-campaigns/:campaignId: the fields not given keep the
 * campaign's `current` values; the deadline is checked against the resulting date.
 */
export function parseEditCampaignRequest(
  v: unknown,
  current: CampaignFields,
): BodyParse<CampaignFields & Pick<EditCampaignRequest, 'closed'>> {
  if (!isBodyObject(v)) return bodyRefused('body must be { asOf?, deadline?, title?, closed? }');
  const fields = campaignFields(
    v['asOf'] ?? current.asOf,
    v['deadline'] ?? current.deadline,
    v['title'] ?? current.title,
  );
  if (!fields.ok) return fields;
  const closed = v['closed'];
  if (closed !== undefined && typeof closed !== 'boolean') {
    return bodyRefused('closed must be true or false', 'closed');
  }
  return bodyOk(closed === undefined ? fields.value : { ...fields.value, closed });
}

/** Explanations: check id (≤ 40 characters) → text (≤ STATFORM_TEXT_MAX); blank ones dropped. */
function explanationsOf(value: unknown): Record<string, string> | null {
  if (value === undefined) return {};
  if (!isBodyObject(value)) return null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string' || v.length > STATFORM_TEXT_MAX || k.length > 40) return null;
    if (v.trim() !== '') out[k] = v.trim();
  }
  return out;
}

/** PUT …/statforms (draft) and POST …/statforms/hand-in: manual lines and explanations. */
export function parseSaveStatformRequest(v: unknown): BodyParse<SaveStatformRequest> {
  if (!isBodyObject(v)) return bodyRefused('body must be { manual, explanations }');
  const manual = parseManualLines(v['manual'] ?? {});
  if (!manual.ok) {
    return bodyRefused(manual.errors.map((e) => e.message.ru).join('; '), 'manual');
  }
  const explanations = explanationsOf(v['explanations']);
  if (!explanations) {
    return bodyRefused(
      `explanations must map check ids to texts of at most ${STATFORM_TEXT_MAX} characters`,
      'explanations',
    );
  }
  return bodyOk({ manual: manual.values, explanations });
}

/**
 * POST …/statforms/accept | /return: an optional comment (trimmed, '' when none); a
 * returned form needs one of at least 3 characters.
 */
export function parseReviewStatformRequest(
  v: unknown,
  action: 'accept' | 'return',
): BodyParse<{ readonly comment: string }> {
  const comment = isBodyObject(v) ? (v['comment'] ?? '') : '';
  if (typeof comment !== 'string' || comment.length > STATFORM_TEXT_MAX) {
    return bodyRefused(
      `comment must be a text of at most ${STATFORM_TEXT_MAX} characters`,
      'comment',
    );
  }
  if (action === 'return' && comment.trim().length < 3) {
    return bodyRefused('a returned form needs a comment', 'comment');
  }
  return bodyOk({ comment: comment.trim() });
}

/** POST /api/orgs/:id/full-report: why the full report is needed (trimmed). */
export function parseFullReportRequest(v: unknown): BodyParse<FullReportRequest> {
  const reason = isBodyObject(v) ? v['reason'] : undefined;
  if (
    typeof reason !== 'string' ||
    reason.trim().length < FULL_REPORT_REASON_MIN ||
    reason.length > FULL_REPORT_REASON_MAX
  ) {
    return bodyRefused(
      `reason must be a text of ${FULL_REPORT_REASON_MIN} to ${FULL_REPORT_REASON_MAX} characters`,
      'reason',
    );
  }
  return bodyOk({ reason: reason.trim() });
}
