// The login throttle as the auth service sees it: async, so the state may live in a shared
// store (Redis, `redis-throttle.ts`) and several relay instances count one attacker once.
// Keys are given by the caller (`login:<lower-cased login>`, `addr:<ip>`); implementations
// keep the rule semantics of `Throttle` (throttle.ts) and never throw from these methods.
import { Throttle } from './throttle.ts';
import type { ThrottleRule } from './throttle.ts';

export interface LoginThrottle {
  /** Milliseconds until `key` may try again; 0 when it may try now. */
  waitMs(key: string): Promise<number>;
  /** Records one failed attempt of `key`. */
  fail(key: string): Promise<void>;
  /** Forgets `key`'s failures and block (a successful login). */
  reset(key: string): Promise<void>;
  /** Releases connections, if any. */
  close?(): Promise<void>;
}

/** One process's throttle (no shared store): the in-memory `Throttle` behind the async API. */
export function memoryThrottle(rule: ThrottleRule, now: () => number): LoginThrottle {
  const throttle = new Throttle(rule, now);
  return {
    waitMs: (key) => Promise.resolve(throttle.waitMs(key)),
    fail: (key) => Promise.resolve(throttle.fail(key)),
    reset: (key) => Promise.resolve(throttle.reset(key)),
  };
}
