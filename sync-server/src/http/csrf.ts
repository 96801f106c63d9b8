// Cross-site request forgery guard for every state-changing request under /api.
// SameSite=Strict cookies do not stop a page of the same *site* (another port of the host,
// a sibling subdomain) from sending the session cookie, so a request that changes state
// must prove it comes from our own page:
//  - `Sec-Fetch-Site`, when the browser sends it, must be `same-origin` (or `none`: typed
//    by the user, a bookmark), never `same-site` or `cross-site`;
//  - `Origin`, when present, must be an allowed origin (ALLOWED_ORIGINS, else the
//    request's own host) — browsers send it on every non-GET fetch and form post;
//  - a body must be `application/json`: HTML forms can only send urlencoded, multipart or
//    text/plain, and a cross-origin fetch with a JSON body needs a CORS preflight, which
//    this server never grants.
// A request with neither header is not from a browser page (curl, a script): it still
// needs the session cookie. No form post is possible against /api, so no per-session
// token is needed on top of these checks (DECISIONS in sync-server/CONTEXT.md).
import type { Context, MiddlewareHandler } from 'hono';
import { originAllowed } from '../auth/origin.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CsrfOptions {
  /** Exact allowed origins; null = the request's own host over http or https. */
  readonly allowedOrigins: readonly string[] | null;
  /** Behind a TLS proxy: the Host the client used may arrive as X-Forwarded-Host. */
  readonly trustProxy: boolean;
}

export type CsrfVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly status: 403 | 415; readonly reason: string };

export function checkCsrf(c: Context, options: CsrfOptions): CsrfVerdict {
  if (SAFE_METHODS.has(c.req.method)) return { ok: true };
  const fetchSite = c.req.header('sec-fetch-site');
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return { ok: false, status: 403, reason: `cross-site request refused (${fetchSite})` };
  }
  const host =
    (options.trustProxy ? c.req.header('x-forwarded-host') : undefined) ?? c.req.header('host');
  if (!originAllowed(c.req.header('origin'), host, options.allowedOrigins)) {
    return { ok: false, status: 403, reason: 'request from another origin refused' };
  }
  const type = c.req.header('content-type');
  const hasBody =
    type !== undefined ||
    c.req.header('transfer-encoding') !== undefined ||
    Number(c.req.header('content-length') ?? '0') > 0;
  if (hasBody && !isJson(type)) {
    return { ok: false, status: 415, reason: 'request body must be application/json' };
  }
  return { ok: true };
}

function isJson(type: string | undefined): boolean {
  if (type === undefined) return false;
  return type.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** Middleware: refuses a forged state-changing request before any route reads it. */
export function csrfGuard(
  options: CsrfOptions,
  refuse: (c: Context, status: 403 | 415, reason: string) => Response,
): MiddlewareHandler {
  return async (c, next) => {
    const verdict = checkCsrf(c, options);
    if (!verdict.ok) return refuse(c, verdict.status, verdict.reason);
    await next();
  };
}
