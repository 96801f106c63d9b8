// The two Redis connections a pub/sub user needs (a subscribed connection cannot publish),
// with what the document fan-out and the cluster events share: retries capped at 2 s; no
// offline queue for publishing (a message is dropped while Redis is away — receivers catch
// up from the shared state); whether Redis is down; listeners for "Redis is back" (ioredis
// re-subscribes by itself); and this process's id, to skip its own messages.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** Reconnect delay: doubling from 50 ms, capped at 2 s (shared by every Redis client here). */
export const retryStrategy = (attempt: number) => Math.min(50 * 2 ** attempt, 2000);

export interface RedisLinkEvents {
  /** Redis became unreachable (once per outage). */
  readonly onDown?: (err: unknown) => void;
  /** Redis is reachable again after an outage. */
  readonly onUp?: () => void;
}

export class RedisLink {
  readonly instance = randomBytes(8).toString('hex');
  readonly pub: Redis;
  readonly sub: Redis;
  readonly #reconnectListeners: (() => void)[] = [];
  #wasReady = false;
  #down = false;
  #closed = false;

  constructor(url: string, events: RedisLinkEvents = {}) {
    this.pub = new Redis(url, { retryStrategy, enableOfflineQueue: false });
    this.sub = new Redis(url, { retryStrategy, maxRetriesPerRequest: null });
    const markDown = (err: unknown) => {
      if (this.#down || this.#closed) return;
      this.#down = true;
      events.onDown?.(err);
    };
    for (const client of [this.pub, this.sub]) client.on('error', markDown);
    this.sub.on('close', () => markDown(null));
    this.sub.on('ready', () => {
      if (this.#down) events.onUp?.();
      this.#down = false;
      if (this.#wasReady) for (const listener of this.#reconnectListeners) listener();
      this.#wasReady = true;
    });
  }

  /** Publishing is pointless now: it would be dropped. */
  get down(): boolean {
    return this.#down;
  }

  onReconnect(listener: () => void): void {
    this.#reconnectListeners.push(listener);
  }

  close(): void {
    this.#closed = true;
    this.pub.disconnect();
    this.sub.disconnect();
  }
}
