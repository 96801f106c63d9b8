// Token bucket of one socket's inbound messages: `burst` tokens, refilled at `perSecond`.
// The clock is injected so the arithmetic is tested without waiting.

/** Shared by every bucket (a bound function per socket would cost a closure each). */
const monotonicNow = (): number => performance.now();

export class TokenBucket {
  readonly #perSecond: number;
  readonly #burst: number;
  readonly #now: () => number;
  #tokens: number;
  #at: number;

  constructor(perSecond: number, burst: number, now: () => number = monotonicNow) {
    this.#perSecond = perSecond;
    this.#burst = burst;
    this.#now = now;
    this.#tokens = burst;
    this.#at = now();
  }

  /** Takes one token; false when the bucket is empty (the caller closes the socket). */
  take(): boolean {
    const now = this.#now();
    this.#tokens = Math.min(
      this.#burst,
      this.#tokens + ((now - this.#at) / 1000) * this.#perSecond,
    );
    this.#at = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
