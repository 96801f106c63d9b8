// GET /api/chairs/elections?months= — the elections calendar: every elected post held
// today (chair, deputy, committee, audit commission, профорг, уполномоченный по охране
// труда) whose term of office ends within `months` or has passed, soonest first, across
// the organizations the session may see. Name and post only: no contacts of the holder.
import { isPositionRole } from './position.ts';
import type { PositionRole } from './position.ts';

export interface ElectionDue {
  readonly orgId: string;
  readonly orgName: string;
  readonly role: PositionRole;
  readonly name: string;
  /** ISO dates of the term of office. */
  readonly termStart: string;
  readonly termEnd: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';

export function parseElectionDue(v: unknown): ElectionDue | null {
  if (!isObj(v)) return null;
  const { orgId, orgName, role, name, termStart, termEnd } = v;
  if (!str(orgId) || !orgId || !str(orgName) || !str(name) || !isPositionRole(role)) return null;
  if (!str(termStart) || !str(termEnd) || !ISO.test(termEnd)) return null;
  return { orgId, orgName, role, name, termStart, termEnd };
}

export function parseElectionsDue(v: unknown): ElectionDue[] | null {
  if (!Array.isArray(v)) return null;
  const out: ElectionDue[] = [];
  for (const item of v) {
    const parsed = parseElectionDue(item);
    if (!parsed) return null;
    out.push(parsed);
  }
  return out;
}
