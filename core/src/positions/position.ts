// Union positions (R8 «учёт актива»): who holds which post in which body, for which term.
// A record lives in the document of the body's organization (`positions` root): a
// primary organization's профком, audit commission, профорги of its profgroups and
// уполномоченные по охране труда; a territorial organization's (city, region) chair,
// deputies, committee and audit commission. The holder is referenced, not copied: the
// organization and member id where the person is registered, and the name the body
// needs to show — no birth date, contacts or other fields of another register.
// A record is dated: the term starts, is planned to end (`termEnd`, elections are due
// then) and may end early or on re-election (`ended`). Records are never deleted by the
// UI: ending one keeps the history of who held the post.

export const POSITION_ROLES = [
  'chair',
  'deputy',
  'committee',
  'audit',
  'profgroup-organizer',
  'labour-safety',
] as const;
export type PositionRole = (typeof POSITION_ROLES)[number];

/** Roles that make up the elected body (профком / комитет): its chair, deputies and members. */
export const ELECTED_BODY_ROLES: readonly PositionRole[] = ['chair', 'deputy', 'committee'];

export interface PositionHolder {
  /** The organization where the person is on the register. */
  readonly orgId: string;
  /** Their member id in that organization's document; '' when entered by name only. */
  readonly memberId: string;
  /** Фамилия Имя Отчество, as the body shows it. */
  readonly name: string;
}

export interface PositionRecord {
  readonly id: string;
  readonly role: PositionRole;
  readonly holder: PositionHolder;
  /** ISO date the term started (elected / appointed). */
  readonly start: string;
  /** ISO date the term is planned to end (elections due); '' when not fixed. */
  readonly termEnd: string;
  /** ISO date the person left the post; '' while holding it. */
  readonly ended: string;
  /** Decision: protocol number and date, free text. */
  readonly basis: string;
  readonly author: string;
  /** ISO timestamp of recording. */
  readonly recordedAt: string;
}

export const isPositionRole = (v: unknown): v is PositionRole =>
  typeof v === 'string' && (POSITION_ROLES as readonly string[]).includes(v);

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** A stored record as written by any version; null when it is not one (skipped, kept). */
export function parsePosition(v: unknown): PositionRecord | null {
  if (!isObj(v) || !isObj(v['holder'])) return null;
  const h = v['holder'];
  const id = str(v['id']);
  const orgId = str(h['orgId']);
  const memberId = str(h['memberId']);
  const name = str(h['name']);
  const start = str(v['start']);
  const termEnd = str(v['termEnd']);
  const ended = str(v['ended']);
  if (!id || orgId === null || memberId === null || name === null) return null;
  if (!isPositionRole(v['role']) || !start || !ISO.test(start)) return null;
  if (termEnd === null || ended === null) return null;
  return {
    id,
    role: v['role'],
    holder: { orgId, memberId, name },
    start,
    termEnd,
    ended,
    basis: str(v['basis']) ?? '',
    author: str(v['author']) ?? '',
    recordedAt: str(v['recordedAt']) ?? '',
  };
}

/** Holds the post on `date`: started on or before it, not ended by it. */
export function holdsOn(p: PositionRecord, date: string): boolean {
  return p.start <= date && (p.ended === '' || p.ended > date);
}
