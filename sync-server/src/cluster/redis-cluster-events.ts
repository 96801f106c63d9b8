// ClusterEvents over Redis pub/sub (ioredis): one channel for every instance, its own two
// connections (a subscriber cannot publish). Like RedisFanout, publishing never queues
// while Redis is away — the event is dropped and the receivers' reconnect listeners
// re-read the shared state instead.
import type { Logger } from '../log.ts';
import { decodeClusterFrame, encodeClusterFrame } from './cluster-events.ts';
import type { ClusterEvent, ClusterEvents } from './cluster-events.ts';
import { RedisLink } from './redis-link.ts';

const CHANNEL = 'profgrid:cluster';

export class RedisClusterEvents implements ClusterEvents {
  // RedisFanout logs Redis outages; this link only tracks them.
  readonly #link: RedisLink;
  readonly #handlers: ((event: ClusterEvent) => void)[] = [];

  constructor(url: string, logger: Logger) {
    this.#link = new RedisLink(url);
    this.#link.sub.subscribe(CHANNEL).catch(() => {}); // ioredis re-subscribes after reconnects
    this.#link.sub.on('message', (channel: string, text: string) => {
      if (channel !== CHANNEL) return;
      const frame = decodeClusterFrame(text);
      if (frame === null) {
        logger.error('cluster event unreadable', { chars: text.length });
        return;
      }
      if (frame.from === this.#link.instance) return;
      for (const handler of this.#handlers) handler(frame.event);
    });
  }

  publish(event: ClusterEvent): void {
    if (this.#link.down) return;
    this.#link.pub.publish(CHANNEL, encodeClusterFrame(this.#link.instance, event)).catch(() => {});
  }

  subscribe(handler: (event: ClusterEvent) => void): void {
    this.#handlers.push(handler);
  }

  onReconnect(listener: () => void): void {
    this.#link.onReconnect(listener);
  }

  get down(): boolean {
    return this.#link.down;
  }

  async close(): Promise<void> {
    this.#handlers.length = 0;
    this.#link.close();
  }
}
