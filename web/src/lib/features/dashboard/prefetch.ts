// The dashboard's first requests started by the root layout's load, before the page's code
// is there: the subtree summary, the first page of direct children (the default order) and
// the first page of passport monitoring. The page takes each answer once (within 10 s); a navigation to
// another dashboard starts its own (an answer not taken is dropped with it).
import { parseChildrenRollups, parseOrgRollup, parsePassportMonitoring } from '@profgrid/core';
import type { ChildrenRollups, OrgRollup, PassportMonitoring } from '@profgrid/core';
import { api } from '../api/index.ts';
import type { ApiResult } from '../api/index.ts';

interface Started {
  orgId: string;
  at: number;
  summary: Promise<ApiResult<OrgRollup>> | null;
  children: Promise<ApiResult<ChildrenRollups>> | null;
  passport: Promise<ApiResult<PassportMonitoring>> | null;
}

let started: Started | null = null;

/** An answer not taken by then is not shown as the dashboard's first figures. */
const FRESH_MS = 10_000;

const queryString = (params: Record<string, string>) => new URLSearchParams(params).toString();

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;

export const childrenPath = (orgId: string, sort: string, dir: string, offset: number) =>
  `${base(orgId)}/children-summaries?${queryString({ sort, dir, offset: String(offset) })}`;

export const passportPath = (orgId: string, incomplete: boolean, offset: number) =>
  `${base(orgId)}/passport-monitoring?${queryString({
    sort: 'percent',
    dir: 'asc',
    incomplete: incomplete ? '1' : '0',
    offset: String(offset),
  })}`;

export function prefetchDashboard(orgId: string): void {
  started = {
    orgId,
    at: Date.now(),
    summary: api.get(`${base(orgId)}/summary`, parseOrgRollup),
    children: api.get(childrenPath(orgId, 'name', 'asc', 0), parseChildrenRollups),
    passport: api.get(passportPath(orgId, true, 0), parsePassportMonitoring),
  };
}

type Part = 'summary' | 'children' | 'passport';

/** The prefetched answer of this dashboard's part, once; null when none is waiting. */
export function takePrefetched<K extends Part>(orgId: string, part: K): Started[K] {
  if (started?.orgId !== orgId || Date.now() - started.at > FRESH_MS) return null;
  const answer = started[part];
  started[part] = null;
  return answer;
}
