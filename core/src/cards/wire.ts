// REST payloads of cards and partners, shared by the relay and the web app.

/** POST /api/orgs/:orgId/cards — issue (or return the already issued) cards. */
export interface IssueCardsRequest {
  readonly memberIds: readonly string[];
  /** true: revoke each member's current card and issue a new number (lost card). */
  readonly reissue?: boolean;
}

export const ISSUE_CARDS_MAX = 5000;

/** One member's card; `qr` is exactly the text the QR code encodes. */
export interface IssuedCard {
  readonly memberId: string;
  readonly number: string;
  readonly validUntil: string;
  readonly qr: string;
}

/** GET /api/orgs/:orgId/cards — the organization's live cards. */
export interface OrgCards {
  readonly cards: readonly IssuedCard[];
}

export const CARD_STATUSES = ['valid', 'revoked', 'unknown'] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

/** GET /api/public/card-status/:number */
export interface CardStatusResponse {
  readonly status: CardStatus;
}

export const REVOKE_REASONS = ['removed', 'reissued', 'decision', 'deleted'] as const;
export type RevokeReason = (typeof REVOKE_REASONS)[number];

/** POST /api/orgs/:orgId/cards/:number/link → a personal link (token shown once). */
export interface CardLinkResponse {
  readonly token: string;
  /** Path of the member's card page: `/card#<token>` (the token never reaches a server log). */
  readonly path: string;
}

/**
 * POST /api/public/card-link — body `{ token }` (not in the URL, so it stays out of logs):
 * what the member's card page shows.
 */
export interface CardLinkView {
  readonly number: string;
  readonly validUntil: string;
  readonly qr: string;
  readonly status: CardStatus;
  readonly name: string;
  readonly orgName: string;
  readonly regionOrgId: string;
}

/** Live and revoked cards of a subtree. */
export interface CardCounts {
  readonly cards: number;
  readonly revoked: number;
}

/** GET /api/orgs/:orgId/card-stats — counts only. */
export interface CardStats {
  /** Live cards of each organization of the subtree. */
  readonly orgs: readonly { readonly orgId: string; readonly cards: number }[];
  /** Each direct child's subtree. */
  readonly children: readonly (CardCounts & { readonly orgId: string })[];
  readonly total: CardCounts;
}

// Parsers of the answers above (untrusted JSON in, the typed value or null out).
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';

export function parseIssuedCard(v: unknown): IssuedCard | null {
  if (!isObj(v)) return null;
  const { memberId, number, validUntil, qr } = v;
  if (!str(memberId) || !str(number) || !str(validUntil) || !str(qr)) return null;
  return { memberId, number, validUntil, qr };
}

/** The answer of POST /api/orgs/:orgId/cards. */
export function parseIssuedCards(v: unknown): IssuedCard[] | null {
  if (!Array.isArray(v)) return null;
  const cards = v.map(parseIssuedCard);
  return cards.some((c) => c === null) ? null : (cards as IssuedCard[]);
}

export function parseOrgCards(v: unknown): OrgCards | null {
  const cards = isObj(v) ? parseIssuedCards(v['cards']) : null;
  return cards && { cards };
}

export function parseCardStatusResponse(v: unknown): CardStatusResponse | null {
  if (!isObj(v)) return null;
  const status = v['status'];
  return (CARD_STATUSES as readonly unknown[]).includes(status)
    ? { status: status as CardStatus }
    : null;
}

export function parseCardLinkResponse(v: unknown): CardLinkResponse | null {
  if (!isObj(v) || !str(v['token']) || !str(v['path'])) return null;
  return { token: v['token'], path: v['path'] };
}

export function parseCardLinkView(v: unknown): CardLinkView | null {
  if (!isObj(v)) return null;
  const { number, validUntil, qr, name, orgName, regionOrgId } = v;
  const status = parseCardStatusResponse(v)?.status;
  if (!str(number) || !str(validUntil) || !str(qr) || !status) return null;
  if (!str(name) || !str(orgName) || !str(regionOrgId)) return null;
  return { number, validUntil, qr, status, name, orgName, regionOrgId };
}

const count = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function parseCounts(v: unknown): CardCounts | null {
  return isObj(v) && count(v['cards']) && count(v['revoked'])
    ? { cards: v['cards'], revoked: v['revoked'] }
    : null;
}

/** GET /api/orgs/:orgId/card-stats */
export function parseCardStats(v: unknown): CardStats | null {
  if (!isObj(v) || !Array.isArray(v['orgs']) || !Array.isArray(v['children'])) return null;
  const total = parseCounts(v['total']);
  const orgs = v['orgs'].map((o: unknown) =>
    isObj(o) && str(o['orgId']) && count(o['cards'])
      ? { orgId: o['orgId'], cards: o['cards'] }
      : null,
  );
  const children = v['children'].map((c: unknown) => {
    const counts = parseCounts(c);
    return counts && isObj(c) && str(c['orgId']) ? { orgId: c['orgId'], ...counts } : null;
  });
  if (!total || orgs.some((o) => o === null) || children.some((c) => c === null)) return null;
  return {
    orgs: orgs as { orgId: string; cards: number }[],
    children: children as (CardCounts & { orgId: string })[],
    total,
  };
}
