// REST payloads of post holders (sync-server positions routes):
//   GET  /api/positions/holders?orgId=  HolderStatus[] — every post of orgId's bodies
//        linked to a member, with what the holder's organization shows of them now
//   POST /api/positions/match {orgId, holderOrgId, name, birthDate?}  HolderMatch — how
//        many members of holderOrgId bear that name; the member id only when exactly one
// Nothing else of the holder's organization crosses: no birth date, contacts or list.
import { HOLDER_STATES } from './holders.ts';
import type { HolderInfo, HolderState } from './holders.ts';

export interface HolderStatus extends HolderInfo {
  readonly positionId: string;
  readonly orgId: string;
  readonly memberId: string;
}

export interface HolderMatchRequest {
  /** The organization whose body the post belongs to. */
  readonly orgId: string;
  /** Where the person is on the register: orgId itself or an organization under it. */
  readonly holderOrgId: string;
  readonly name: string;
  /** ДД.ММ.ГГГГ or ISO; narrows a name borne by several members. */
  readonly birthDate?: string;
}

export interface HolderMatch {
  readonly count: number;
  /** The member when exactly one matches; null otherwise. */
  readonly memberId: string | null;
  /** Their full name as registered ('' unless exactly one). */
  readonly name: string;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';
const isState = (v: unknown): v is HolderState =>
  str(v) && (HOLDER_STATES as readonly string[]).includes(v);

export function parseHolderStatus(v: unknown): HolderStatus | null {
  if (!isObj(v)) return null;
  const { positionId, orgId, memberId, state, name, date, reason, toOrgName } = v;
  if (!str(positionId) || !str(orgId) || !str(memberId) || !isState(state)) return null;
  if (!str(name) || !str(date) || !str(reason) || !str(toOrgName)) return null;
  return { positionId, orgId, memberId, state, name, date, reason, toOrgName };
}

export function parseHolderStatuses(v: unknown): HolderStatus[] | null {
  if (!Array.isArray(v)) return null;
  const out: HolderStatus[] = [];
  for (const item of v) {
    const parsed = parseHolderStatus(item);
    if (!parsed) return null;
    out.push(parsed);
  }
  return out;
}

export function parseHolderMatch(v: unknown): HolderMatch | null {
  if (!isObj(v)) return null;
  const { count, memberId, name } = v;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
  if (!(memberId === null || (str(memberId) && memberId !== '')) || !str(name)) return null;
  return { count, memberId, name };
}
