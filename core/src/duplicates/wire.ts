// REST shapes of duplicate persons (GET /api/duplicates?orgId=, POST …/different,
// GET /api/duplicates/summary?orgId=). A chair sees their own member (by id: the name is
// in their own document) and only the NAME of the other organization where the same
// person is registered — never the other member's id or fields. A committee sees counts.

/** One suspected duplicate as the chair of `orgId` sees it. */
export interface DuplicateItem {
  /** Opaque id of the pair (for «разные люди»), the same for both chairs. */
  readonly pairId: string;
  /** The chair's own member. */
  readonly memberId: string;
  /** How the match was found. */
  readonly match: 'name' | 'card' | 'both';
  /** The other organization: id (for a transfer) and name — nothing else of it. */
  readonly otherOrgId: string;
  readonly otherOrgName: string;
}

export interface DuplicateList {
  readonly orgId: string;
  readonly items: readonly DuplicateItem[];
}

/** Counts for a committee: pairs whose nearest common committee is this one, and in its subtree. */
export interface DuplicateSummary {
  readonly orgId: string;
  /** Pairs whose nearest common organization is `orgId`. */
  readonly common: number;
  /** Pairs with both organizations in the subtree of `orgId`. */
  readonly subtree: number;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const MATCHES = new Set(['name', 'card', 'both']);

function parseItem(v: unknown): DuplicateItem | null {
  if (!isObj(v)) return null;
  const { pairId, memberId, match, otherOrgId, otherOrgName } = v;
  if (typeof pairId !== 'string' || typeof memberId !== 'string') return null;
  if (typeof match !== 'string' || !MATCHES.has(match)) return null;
  if (typeof otherOrgId !== 'string' || typeof otherOrgName !== 'string') return null;
  return { pairId, memberId, match: match as DuplicateItem['match'], otherOrgId, otherOrgName };
}

/** Validates GET /api/duplicates; null when it is not one. */
export function parseDuplicateList(v: unknown): DuplicateList | null {
  if (!isObj(v) || typeof v['orgId'] !== 'string' || !Array.isArray(v['items'])) return null;
  const items = v['items'].map(parseItem);
  if (items.some((i) => i === null)) return null;
  return { orgId: v['orgId'], items: items as DuplicateItem[] };
}

/** Validates GET /api/duplicates/summary; null when it is not one. */
export function parseDuplicateSummary(v: unknown): DuplicateSummary | null {
  if (!isObj(v) || typeof v['orgId'] !== 'string') return null;
  const { common, subtree } = v;
  if (typeof common !== 'number' || typeof subtree !== 'number') return null;
  return { orgId: v['orgId'], common, subtree };
}
