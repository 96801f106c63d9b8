// GET /api/me as app.html sent it before the app's code loaded (`window.pgEarlyMe`), so a
// fresh tab knows its user without a round trip after the shell starts. Taken once, by the
// session's first check, and only while fresh; a refusal or a lost answer is asked again by
// the tab's own client, which tells the app about a lost session.
import { parseMe } from '@profgrid/core';
import type { Me } from '@profgrid/core';
import { ApiClient, api } from '../api/index.ts';
import type { ApiResult } from '../api/index.ts';

/** An answer older than this is not the session's word any more. */
const FRESH_MS = 10_000;

export async function askMe(): Promise<ApiResult<Me>> {
  const w = globalThis as { pgEarlyMe?: { at?: unknown; response?: unknown } };
  const early = w.pgEarlyMe;
  delete w.pgEarlyMe;
  if (
    early &&
    typeof early.at === 'number' &&
    Date.now() - early.at <= FRESH_MS &&
    early.response instanceof Promise
  ) {
    const response = early.response as Promise<Response>;
    const res = await new ApiClient({ fetch: () => response }).get('/api/me', parseMe);
    if (res.ok || res.error.kind === 'malformed') return res;
  }
  return api.get('/api/me', parseMe);
}
