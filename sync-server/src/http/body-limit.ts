// Request body limits for every route, enforced before any handler reads the body: a
// declared Content-Length over the limit is answered 413 at once (nothing read), a chunked
// body is counted as it streams and cut off at the limit (Hono's bodyLimit middleware). An
// anonymous client can therefore not make the server buffer more than the limit of the
// route it calls — sign-in gets a small one, since it is reachable without a session.
// Limits by path prefix, the longest matching prefix wins; add a row for a route that
// legitimately takes more (an import), never raise the default.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

export interface BodyLimitRule {
  /** Path prefix ('/api/auth/'); '' matches every path. */
  readonly prefix: string;
  readonly maxBytes: number;
}

export const BODY_LIMITS: readonly BodyLimitRule[] = [
  { prefix: '', maxBytes: 64 * 1024 },
  { prefix: '/api/', maxBytes: 1024 * 1024 },
  { prefix: '/api/auth/', maxBytes: 4 * 1024 },
];

/** The limit of `path`: the rule with the longest matching prefix. */
export function bodyLimitOf(path: string, rules: readonly BodyLimitRule[] = BODY_LIMITS): number {
  let best: BodyLimitRule | null = null;
  for (const rule of rules) {
    if (path.startsWith(rule.prefix) && (!best || rule.prefix.length > best.prefix.length)) {
      best = rule;
    }
  }
  return best?.maxBytes ?? 0;
}

const kib = (bytes: number) => `${Math.round(bytes / 1024)}`;

/**
 * One middleware for the whole app; `tooLarge` writes the 413 answer (the API's JSON error
 * shape under /api, plain text elsewhere).
 */
export function bodyLimits(
  tooLarge: (c: Parameters<MiddlewareHandler>[0], message: string) => Response,
  rules: readonly BodyLimitRule[] = BODY_LIMITS,
): MiddlewareHandler {
  const byLimit = new Map<number, MiddlewareHandler>();
  for (const { maxBytes } of rules) {
    if (byLimit.has(maxBytes)) continue;
    const message = `Слишком большой запрос: больше ${kib(maxBytes)} КиБ / Request body over ${kib(maxBytes)} KiB`;
    byLimit.set(maxBytes, bodyLimit({ maxSize: maxBytes, onError: (c) => tooLarge(c, message) }));
  }
  return (c, next) => {
    const limit = byLimit.get(bodyLimitOf(c.req.path, rules));
    return limit ? limit(c, next) : next();
  };
}
