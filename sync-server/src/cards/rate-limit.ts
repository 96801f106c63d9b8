// Per-address rate limit of the public card endpoints (a fixed window per minute, in
// memory: each instance counts its own callers). Over the limit → 429 `throttled` with
// Retry-After. Addresses are kept only for the current window, never logged.
import type { Context, MiddlewareHandler } from 'hono';
import { apiError } from '../http/api-error.ts';
import { clientAddress } from '../routes/auth.ts';

export interface RateLimitOptions {
  /** Requests per address per window. */
  readonly limit: number;
  readonly windowMs?: number;
  readonly trustProxy: boolean;
  readonly now?: () => number;
}

export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  let windowStart = 0;
  let counts = new Map<string, number>();
  return async (c: Context, next) => {
    const t = now();
    if (t - windowStart >= windowMs) {
      windowStart = t - (t % windowMs);
      counts = new Map();
    }
    const address = clientAddress(c, options.trustProxy);
    const n = (counts.get(address) ?? 0) + 1;
    counts.set(address, n);
    if (n > options.limit) {
      const retry = Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000));
      return apiError(c, 429, 'throttled', 'too many requests, try later', retry);
    }
    await next();
  };
}
