// «Предложение или ошибка» (R10): a user's message to their committee and the
// administrators, its status and the answer; and the committee's picture of how far its
// chairs have got (signed in, passport filled) for planning training. Messages carry the
// author's text and, only with their consent, the screen's path and the app version —
// never data of members.

export const FEEDBACK_STATUSES = ['new', 'in-progress', 'accepted', 'rejected'] as const;
/** новое / в работе / учтено / отклонено */
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const FEEDBACK_TEXT_MAX = 4000;
export const FEEDBACK_ANSWER_MAX = 4000;
export const FEEDBACK_SCREEN_MAX = 200;

/** POST /api/feedback */
export interface NewFeedback {
  readonly text: string;
  /** The screen's path (no query or fragment), only when the user agreed. */
  readonly screen: string | null;
  readonly appVersion: string | null;
}

/** PATCH /api/feedback/:id — by the author's committee (editor or admin) or an admin. */
export interface FeedbackUpdate {
  readonly status?: FeedbackStatus;
  readonly answer?: string;
}

export interface FeedbackItem {
  readonly id: string;
  readonly authorName: string;
  /** The author's organization (the message goes to its committee). */
  readonly orgId: string;
  readonly text: string;
  readonly screen: string | null;
  readonly appVersion: string | null;
  readonly status: FeedbackStatus;
  readonly answer: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** GET /api/feedback: the user's own messages, and those addressed to them. */
export interface FeedbackList {
  readonly mine: readonly FeedbackItem[];
  readonly inbox: readonly FeedbackItem[];
  /** The user may set statuses and answer (editor or admin above some organization). */
  readonly canAnswer: boolean;
}

/** GET /api/orgs/:id/chair-progress: counts over the chairs of the subtree's primaries. */
export interface ChairProgress {
  readonly orgId: string;
  /** Primary organizations in the subtree (live). */
  readonly primaries: number;
  /** Users with an editor grant on a primary of the subtree. */
  readonly chairs: number;
  /** Of them, those who have signed in at least once. */
  readonly signedIn: number;
  /** Primaries whose passport is complete. */
  readonly passportsComplete: number;
  /** Reporting date of the newest campaign covering the subtree; null when none. */
  readonly formsAsOf: string | null;
  /** Primaries that handed in that campaign's form (handed in or accepted). */
  readonly formsHandedIn: number;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

export function isFeedbackStatus(v: unknown): v is FeedbackStatus {
  return (FEEDBACK_STATUSES as readonly unknown[]).includes(v);
}

/** A screen path fit to send: a path of the app, no query or fragment, not too long. */
export function isScreenPath(v: string): boolean {
  return /^\/[A-Za-z0-9/_.:-]*$/.test(v) && v.length <= FEEDBACK_SCREEN_MAX;
}

export function parseFeedbackItem(v: unknown): FeedbackItem | null {
  if (!isObj(v)) return null;
  const { id, authorName, orgId, text, screen, appVersion, status, answer, createdAt, updatedAt } =
    v;
  if (typeof id !== 'string' || typeof authorName !== 'string' || typeof orgId !== 'string') {
    return null;
  }
  if (typeof text !== 'string' || typeof answer !== 'string' || !isFeedbackStatus(status)) {
    return null;
  }
  if (!strOrNull(screen) || !strOrNull(appVersion)) return null;
  if (typeof createdAt !== 'number' || typeof updatedAt !== 'number') return null;
  return { id, authorName, orgId, text, screen, appVersion, status, answer, createdAt, updatedAt };
}

export function parseFeedbackList(v: unknown): FeedbackList | null {
  if (!isObj(v) || !Array.isArray(v['mine']) || !Array.isArray(v['inbox'])) return null;
  if (typeof v['canAnswer'] !== 'boolean') return null;
  const mine = v['mine'].map(parseFeedbackItem);
  const inbox = v['inbox'].map(parseFeedbackItem);
  if (mine.includes(null) || inbox.includes(null)) return null;
  return {
    mine: mine as FeedbackItem[],
    inbox: inbox as FeedbackItem[],
    canAnswer: v['canAnswer'],
  };
}

export function parseChairProgress(v: unknown): ChairProgress | null {
  if (!isObj(v) || typeof v['orgId'] !== 'string') return null;
  const keys = ['primaries', 'chairs', 'signedIn', 'passportsComplete', 'formsHandedIn'] as const;
  if (!keys.every((k) => typeof v[k] === 'number')) return null;
  if (!strOrNull(v['formsAsOf'])) return null;
  return v as unknown as ChairProgress;
}
