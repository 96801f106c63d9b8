// The form's request started before the page's code is there, so that the relay computes
// the form while the app boots. On a fresh load of `/forms/<id>/<date>` the page's HTML
// (app.html) has already sent it (`window.pgEarlyForm`); on a navigation inside the app the
// root layout's load sends it. The page takes the answer once; each navigation to a form
// starts its own request (an answer not taken is dropped with it).
import { parseStatform } from '@profgrid/core';
import type { Statform } from '@profgrid/core';
import { ApiClient } from '../api/index.ts';
import type { ApiResult } from '../api/index.ts';
import { statformPath, statformsApi } from './statforms-api.ts';

let started: { key: string; answer: Promise<ApiResult<Statform>> } | null = null;

const keyOf = (orgId: string, asOf: string) => `${orgId}\n${asOf}`;

/** What app.html's script leaves: the path it asked and the response on its way. */
function takeEarly(path: string): Promise<Response> | null {
  const w = globalThis as { pgEarlyForm?: unknown };
  const early = w.pgEarlyForm as { path?: unknown; response?: unknown } | undefined;
  delete w.pgEarlyForm;
  return early?.path === path && early.response instanceof Promise
    ? (early.response as Promise<Response>)
    : null;
}

/** The early response read like any API answer; a refusal is asked again the usual way. */
async function earlyAnswer(
  early: Promise<Response>,
  orgId: string,
  asOf: string,
): Promise<ApiResult<Statform>> {
  const res = await new ApiClient({ fetch: () => early }).get(
    statformPath(orgId, asOf),
    parseStatform,
  );
  // The tab's own client tells the app about a lost session (and the like): ask it again.
  return res.ok || res.error.kind === 'malformed' ? res : statformsApi.form(orgId, asOf);
}

export function prefetchStatform(orgId: string, asOf: string): void {
  const early = takeEarly(statformPath(orgId, asOf));
  if (!early) performance.mark('pg:form-load');
  started = {
    key: keyOf(orgId, asOf),
    answer: early ? earlyAnswer(early, orgId, asOf) : statformsApi.form(orgId, asOf),
  };
}

/** The prefetched answer for this form, once; null when none was started. */
export function takePrefetched(orgId: string, asOf: string): Promise<ApiResult<Statform>> | null {
  if (started?.key !== keyOf(orgId, asOf)) return null;
  const { answer } = started;
  started = null;
  return answer;
}
