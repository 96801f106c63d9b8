// Fanout over Redis pub/sub (ioredis, pure JS): one channel per document, subscribed while
// the document is loaded here. Publishing never queues while Redis is away (the message is
// dropped; rooms catch up from the database). After a reconnect ioredis re-subscribes and
// the reconnect listeners run, so rooms re-read what they may have missed.
import { describeError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { decodeFanout, encodeFanout } from '../relay/fanout.ts';
import type { Fanout, FanoutMessage } from '../relay/fanout.ts';
import { RedisLink } from './redis-link.ts';

const CHANNEL_PREFIX = 'profgrid:doc:';

export class RedisFanout implements Fanout {
  readonly #link: RedisLink;
  readonly #handlers = new Map<string, (message: FanoutMessage) => void>();

  constructor(url: string, logger: Logger) {
    this.#link = new RedisLink(url, {
      onDown: (err) => logger.error('redis unavailable', err ? { error: describeError(err) } : {}),
      onUp: () => logger.info('redis reconnected', {}),
    });
    this.#link.sub.on('messageBuffer', (channel: Buffer, bytes: Buffer) => {
      const handler = this.#handlers.get(channel.toString());
      if (!handler) return;
      const frame = decodeFanout(bytes);
      if (frame === null) {
        logger.error('fan-out frame unreadable', { bytes: bytes.length });
        return;
      }
      if (frame.instance !== this.#link.instance) handler(frame.message);
    });
  }

  watch(doc: string, onMessage: (message: FanoutMessage) => void): void {
    const channel = CHANNEL_PREFIX + doc;
    const had = this.#handlers.has(channel);
    this.#handlers.set(channel, onMessage);
    if (!had) this.#link.sub.subscribe(channel).catch(() => {}); // re-done on reconnect
  }

  unwatch(doc: string): void {
    const channel = CHANNEL_PREFIX + doc;
    if (!this.#handlers.delete(channel)) return;
    this.#link.sub.unsubscribe(channel).catch(() => {});
  }

  publish(doc: string, message: FanoutMessage): void {
    if (this.#link.down) return;
    const frame = Buffer.from(encodeFanout(this.#link.instance, message));
    this.#link.pub.publish(CHANNEL_PREFIX + doc, frame).catch(() => {});
  }

  onReconnect(listener: () => void): void {
    this.#link.onReconnect(listener);
  }

  async close(): Promise<void> {
    this.#handlers.clear();
    this.#link.close();
  }
}
