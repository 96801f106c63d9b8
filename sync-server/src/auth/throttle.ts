// Login throttling per login and per address, in memory (one relay process; a restart
// forgets it, which is acceptable: it only slows guessing). After `freeFailures`
// failures inside `windowMs` each further failure blocks the key for a delay that
// doubles from `baseDelayMs` up to `maxDelayMs`. Never a permanent lockout: blocks
// expire, and failures older than the window are forgotten. A success resets the
// login's counter (the address's decays with the window, so one owned account cannot
// clear an address that is guessing others).

export interface ThrottleRule {
  readonly freeFailures: number;
  readonly windowMs: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const LOGIN_RULE: ThrottleRule = {
  freeFailures: 5,
  windowMs: 15 * 60_000,
  baseDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
};
/** Addresses are shared (a school behind one NAT): more room before blocking. */
export const ADDRESS_RULE: ThrottleRule = { ...LOGIN_RULE, freeFailures: 20 };
/**
 * An address with 3 failures (any accounts) in 15 minutes is a suspect for 15 minutes: only
 * suspects are held by an account's own block (auth-service.ts), so guessing cannot lock
 * the rightful owner out from an address that has not been guessing.
 */
export const SUSPECT_RULE: ThrottleRule = {
  freeFailures: 3,
  windowMs: 15 * 60_000,
  baseDelayMs: 15 * 60_000,
  maxDelayMs: 15 * 60_000,
};

interface Entry {
  failures: number[];
  blockedUntil: number;
}

export class Throttle {
  readonly #rule: ThrottleRule;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry>();

  constructor(rule: ThrottleRule, now: () => number) {
    this.#rule = rule;
    this.#now = now;
  }

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  waitMs(key: string): number {
    const entry = this.#entries.get(key);
    return entry ? Math.max(0, entry.blockedUntil - this.#now()) : 0;
  }

  fail(key: string): void {
    const now = this.#now();
    const entry = this.#entries.get(key) ?? { failures: [], blockedUntil: 0 };
    entry.failures = entry.failures.filter((t) => now - t < this.#rule.windowMs);
    entry.failures.push(now);
    const over = entry.failures.length - this.#rule.freeFailures;
    if (over >= 0) {
      const delay = Math.min(
        this.#rule.maxDelayMs,
        this.#rule.baseDelayMs * 2 ** Math.min(over, 20),
      );
      entry.blockedUntil = now + delay;
    }
    this.#entries.set(key, entry);
    if (this.#entries.size > 100_000) this.#prune(now);
  }

  reset(key: string): void {
    this.#entries.delete(key);
  }

  #prune(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (entry.blockedUntil < now && entry.failures.every((t) => now - t >= this.#rule.windowMs)) {
        this.#entries.delete(key);
      }
    }
  }
}
