// ClusterEvents over Redis pub/sub (ioredis): one channel for every instance, its own two
// connections (a subscriber cannot publish). Like RedisFanout, publishing never queues
// while Redis is away — the event is dropped and the receivers' reconnect listeners
// re-read the shared state instead.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../log.ts';
import { decodeClusterFrame, encodeClusterFrame } from './cluster-events.ts';
import type { ClusterEvent, ClusterEvents } from './cluster-events.ts';

const CHANNEL = 'profgrid:cluster';
const retryStrategy = (attempt: number) => Math.min(50 * 2 ** attempt, 2000);

export class RedisClusterEvents implements ClusterEvents {
  readonly instance = randomBytes(8).toString('hex');
  readonly #pub: Redis;
  readonly #sub: Redis;
  readonly #handlers: ((event: ClusterEvent) => void)[] = [];
  readonly #reconnectListeners: (() => void)[] = [];
  #wasReady = false;
  #down = false;

  constructor(url: string, logger: Logger) {
    this.#pub = new Redis(url, { retryStrategy, enableOfflineQueue: false });
    this.#sub = new Redis(url, { retryStrategy, maxRetriesPerRequest: null });
    // RedisFanout logs Redis outages; errors here are only swallowed (no unhandled events).
    for (const client of [this.#pub, this.#sub]) client.on('error', () => {});
    this.#sub.on('close', () => (this.#down = true));
    this.#sub.on('ready', () => {
      this.#down = false;
      if (this.#wasReady) for (const listener of this.#reconnectListeners) listener();
      this.#wasReady = true;
    });
    this.#sub.subscribe(CHANNEL).catch(() => {}); // ioredis re-subscribes after reconnects
    this.#sub.on('message', (channel: string, text: string) => {
      if (channel !== CHANNEL) return;
      const frame = decodeClusterFrame(text);
      if (frame === null) {
        logger.error('cluster event unreadable', { chars: text.length });
        return;
      }
      if (frame.from === this.instance) return;
      for (const handler of this.#handlers) handler(frame.event);
    });
  }

  publish(event: ClusterEvent): void {
    if (this.#down) return;
    this.#pub.publish(CHANNEL, encodeClusterFrame(this.instance, event)).catch(() => {});
  }

  subscribe(handler: (event: ClusterEvent) => void): void {
    this.#handlers.push(handler);
  }

  onReconnect(listener: () => void): void {
    this.#reconnectListeners.push(listener);
  }

  async close(): Promise<void> {
    this.#handlers.length = 0;
    this.#pub.disconnect();
    this.#sub.disconnect();
  }
}
