// The REST shapes of statistical forms, shared by the relay
// and the web app:
//   GET  /api/orgs/:id/statforms?asOf=YYYY-MM-DD   Statform (lines, state, checks)
//   GET  /api/orgs/:id/statform-campaigns          StatformCampaigns (own tasks + opened)
//   POST /api/orgs/:id/statform-campaigns          OpenCampaignRequest
//   PUT  /api/orgs/:id/statforms/:campaignId        SaveStatformRequest (draft)
//   POST /api/orgs/:id/statforms/:campaignId/hand-in  SaveStatformRequest
//   POST /api/orgs/:id/statforms/:campaignId/accept | /return  ReviewStatformRequest
//   POST /api/orgs/:id/full-report                  FullReportRequest
// Their parsers (the server's body checks) are in statform-requests.ts.
import type { OrgLevel } from '../model/organization.ts';
import type { Period } from '../reports/org-summary.ts';
import type { FormCheck } from './form-checks.ts';
import type { FormKind } from './form-kinds.ts';
import type { GapReason } from './org-figures.ts';

export const FORM_STATES = ['not-started', 'draft', 'submitted', 'accepted', 'returned'] as const;
/** не начат / черновик / сдан / принят / возвращён с замечанием. */
export type FormState = (typeof FORM_STATES)[number];

export type LineSourceWire = 'register' | 'manual' | 'consolidated';

export interface StatformLine {
  readonly code: string;
  /** The union's wording (Russian), for exchange; the UI reads labels from FORM_LINES. */
  readonly label: string;
  readonly value: number | null;
  readonly source: LineSourceWire;
  /** The previous campaign's accepted form's value (see Statform.previousAsOf); null when none. */
  readonly previous: number | null;
}

export interface StatformCampaign {
  readonly id: string;
  /** The committee that opened it (its subtree reports). */
  readonly orgId: string;
  readonly orgName: string;
  readonly asOf: string;
  readonly deadline: string;
  readonly title: string;
  readonly openedAt: string;
  /** ISO time the committee closed it (no more hand-ins, no tasks); null while open. */
  readonly closedAt: string | null;
}

export interface SubordinateFormState {
  readonly orgId: string;
  readonly name: string;
  readonly level: OrgLevel;
  readonly state: FormState;
  readonly handedInAt: string | null;
  readonly comment: string;
}

/**
 * What a printed form says about who reports: the organization's details from its passport
 * as it is now (empty strings where the passport has none) and the name of the user who
 * handed the form in.
 */
export interface StatformDetails {
  /** The passport's full name; the registry's name when the passport has none. */
  readonly fullName: string;
  readonly address: string;
  readonly phone: string;
  readonly email: string;
  readonly chairName: string;
  /** Display name of `handedInBy`; null while not handed in. */
  readonly handedInByName: string | null;
}

export interface Statform {
  readonly orgId: string;
  readonly orgName: string;
  /** Null in a form kept by an older version of the app (no details then). */
  readonly details: StatformDetails | null;
  readonly kind: FormKind;
  readonly asOf: string;
  readonly period: Period;
  readonly campaign: StatformCampaign | null;
  readonly state: FormState;
  /** Frozen (handed in or accepted): the figures no longer follow the register. */
  readonly frozen: boolean;
  readonly lines: readonly StatformLine[];
  readonly manual: Readonly<Record<string, number>>;
  readonly checks: readonly FormCheck[];
  /**
   * Reporting date of the previous campaign's form that «прошлый год» shows (its
   * accepted figures, as frozen); null when no campaign a year or so earlier.
   */
  readonly previousAsOf: string | null;
  /** Whether that form was accepted (otherwise the column is empty). */
  readonly previousAccepted: boolean;
  readonly explanations: Readonly<Record<string, string>>;
  readonly gapCounts: Readonly<Partial<Record<GapReason, number>>>;
  readonly handedInBy: string | null;
  readonly handedInAt: string | null;
  readonly reviewedBy: string | null;
  readonly reviewedAt: string | null;
  readonly comment: string;
  /** Whether the session may edit and hand it in (the organization's own chair). */
  readonly canEdit: boolean;
  /** Whether the session may accept or return it (the superior committee). */
  readonly canReview: boolean;
  /** Consolidated forms: each direct subordinate's state. */
  readonly subordinates: readonly SubordinateFormState[];
  /**
   * A consolidated form that still follows the register: the part of its register lines
   * and gap counts the organization counts itself (its own document and place in the
   * tree), the rest being its subordinates' accepted forms. Lets a committee offline
   * recount its own part from its own document. Absent on other forms (and on forms
   * cached by an older app).
   */
  readonly own?: StatformOwnFigures;
}

export interface StatformOwnFigures {
  readonly values: Readonly<Record<string, number>>;
  readonly gapCounts: Readonly<Partial<Record<GapReason, number>>>;
  /**
   * Holders of the organization's posts registered in other organizations who are off
   * that register on the form's date (positions holderKey), as the relay read those
   * documents: the offline recount vacates their posts as the relay did.
   */
  readonly holdersOff?: readonly string[];
}

export interface StatformCampaigns {
  /** Campaigns covering the organization (opened by it or an ancestor), newest first. */
  readonly campaigns: readonly (StatformCampaign & { readonly state: FormState })[];
}

export interface OpenCampaignRequest {
  readonly asOf: string;
  readonly deadline: string;
  readonly title?: string;
}

export interface SaveStatformRequest {
  readonly manual: Readonly<Record<string, number>>;
  readonly explanations: Readonly<Record<string, string>>;
}

/**
 * PATCH /api/orgs/:id/statform-campaigns/:campaignId — the committee (editor or admin)
 * edits or closes its campaign. A new reporting date is refused (409) once any form of
 * the subtree was handed in for the old one: those forms are frozen as of that date.
 */
export interface EditCampaignRequest {
  readonly asOf?: string;
  readonly deadline?: string;
  readonly title?: string;
  /** true closes the campaign, false opens it again. */
  readonly closed?: boolean;
}

export interface ReviewStatformRequest {
  readonly comment?: string;
}

/**
 * POST /api/orgs/:id/full-report — before the old full report downloads every subordinate
 * document: the reason, for the audit log.
 */
export interface FullReportRequest {
  readonly reason: string;
}

/** Which organizations stand behind one line of a consolidated form. */
export interface StatformLineOrgs {
  readonly code: string;
  readonly orgs: readonly {
    readonly orgId: string;
    readonly name: string;
    readonly value: number;
  }[];
}

/** Longest explanation or comment accepted (characters). */
export const STATFORM_TEXT_MAX = 2000;
