// Per-address rate limit of the public card endpoints: a fixed window per minute. The
// counts live in a RateCounter — in memory (one instance), or in Redis when REDIS_URL is
// set (redis-rate-counter.ts), so N instances behind a load balancer allow an address its
// limit once, not N times. Over the limit → 429 `throttled` with Retry-After. Addresses
// are kept only for the current window, never logged.
import type { Context, MiddlewareHandler } from 'hono';
import { apiError } from '../http/api-error.ts';
import { clientAddress } from '../routes/auth.ts';

/** Counts requests per key and window; resolves with the count including this one. */
export interface RateCounter {
  hit(key: string, windowStart: number, windowMs: number): Promise<number>;
  close(): Promise<void>;
}

/** One instance's counts: only the current window is kept. */
export class MemoryRateCounter implements RateCounter {
  #window = -1;
  #counts = new Map<string, number>();

  hit(key: string, windowStart: number): Promise<number> {
    if (windowStart !== this.#window) {
      this.#window = windowStart;
      this.#counts = new Map();
    }
    const n = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.set(key, n);
    return Promise.resolve(n);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

export interface RateLimitOptions {
  /** Requests per address per window. */
  readonly limit: number;
  readonly windowMs?: number;
  readonly trustProxy: boolean;
  readonly now?: () => number;
  /** Where counts live; a fresh in-memory counter when absent. */
  readonly counter?: RateCounter;
}

export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const counter = options.counter ?? new MemoryRateCounter();
  return async (c: Context, next) => {
    const t = now();
    const windowStart = t - (t % windowMs);
    const n = await counter.hit(clientAddress(c, options.trustProxy), windowStart, windowMs);
    if (n > options.limit) {
      const retry = Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000));
      return apiError(c, 429, 'throttled', 'too many requests, try later', retry);
    }
    await next();
  };
}
