// The dashboard's first requests, started before the page's code is there: the subtree
// summary, the first page of direct children (the default order) and the first page of
// passport monitoring. On a fresh load of `/dashboard/<id>` (or of `/` that app.html sent
// there) the page's HTML has already sent them (`window.pgEarlyDashboard`); on a navigation
// inside the app the root layout's load sends them. The page takes each answer once (within
// 10 s); a navigation to another dashboard starts its own (an answer not taken is dropped).
import { parseChildrenRollups, parseOrgRollup, parsePassportMonitoring } from '@profgrid/core';
import type { ChildrenRollups, OrgRollup, PassportMonitoring } from '@profgrid/core';
import { ApiClient, api } from '../api/index.ts';
import type { ApiResult, Parse } from '../api/index.ts';

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

type Part = 'summary' | 'children' | 'passport';

/** What app.html's script leaves: per part the path it asked and the response on its way. */
type Early = { orgId: string; at: number } & Record<
  Part,
  { path: string; response: Promise<Response> }
>;

/** The HTML's requests for this dashboard, once (gone after the first look), if fresh. */
function takeEarly(orgId: string): Early | null {
  const w = globalThis as { pgEarlyDashboard?: Partial<Early> };
  const early = w.pgEarlyDashboard;
  delete w.pgEarlyDashboard;
  return early?.orgId === orgId &&
    typeof early.at === 'number' &&
    Date.now() - early.at <= FRESH_MS &&
    early.summary?.response instanceof Promise &&
    early.children?.response instanceof Promise &&
    early.passport?.response instanceof Promise
    ? (early as Early)
    : null;
}

/**
 * `path`'s answer: read from the HTML's response when it asked that very path (like any API
 * answer), else asked now. A refusal is asked again by the tab's own client, which tells
 * the app about a lost session.
 */
async function answer<T>(
  path: string,
  parse: Parse<T>,
  early: { path: string; response: Promise<Response> } | undefined,
): Promise<ApiResult<T>> {
  if (early?.path !== path) return api.get(path, parse);
  const res = await new ApiClient({ fetch: () => early.response }).get(path, parse);
  return res.ok || res.error.kind === 'malformed' ? res : api.get(path, parse);
}

export function prefetchDashboard(orgId: string): void {
  const early = takeEarly(orgId);
  const waiting = started?.orgId === orgId && Date.now() - started.at <= FRESH_MS;
  // already asked (the landing at `/` started this dashboard) and nothing taken yet
  if (!early && waiting && started?.summary && started.children && started.passport) return;
  started = {
    orgId,
    at: early?.at ?? Date.now(),
    summary: answer(`${base(orgId)}/summary`, parseOrgRollup, early?.summary),
    children: answer(childrenPath(orgId, 'name', 'asc', 0), parseChildrenRollups, early?.children),
    passport: answer(passportPath(orgId, true, 0), parsePassportMonitoring, early?.passport),
  };
}

/** The prefetched answer of this dashboard's part, once; null when none is waiting. */
export function takePrefetched<K extends Part>(orgId: string, part: K): Started[K] {
  if (started?.orgId !== orgId || Date.now() - started.at > FRESH_MS) return null;
  const answer = started[part];
  started[part] = null;
  return answer;
}
