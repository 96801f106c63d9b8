// Fanout over Redis pub/sub (ioredis, pure JS): one channel per document, subscribed while
// the document is loaded here. Publishing never queues while Redis is away (the message is
// dropped; rooms catch up from the database). After a reconnect ioredis re-subscribes and
// the reconnect listeners run, so rooms re-read what they may have missed.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { describeError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { decodeFanout, encodeFanout } from './fanout.ts';
import type { Fanout, FanoutMessage } from './fanout.ts';

const CHANNEL_PREFIX = 'profgrid:doc:';
const retryStrategy = (attempt: number) => Math.min(50 * 2 ** attempt, 2000);

export class RedisFanout implements Fanout {
  readonly instance = randomBytes(8).toString('hex');
  readonly #pub: Redis;
  readonly #sub: Redis;
  readonly #logger: Logger;
  readonly #handlers = new Map<string, (message: FanoutMessage) => void>();
  readonly #reconnectListeners: (() => void)[] = [];
  #wasReady = false;
  #down = false;
  #closed = false;

  constructor(url: string, logger: Logger) {
    this.#logger = logger;
    this.#pub = new Redis(url, { retryStrategy, enableOfflineQueue: false });
    this.#sub = new Redis(url, { retryStrategy, maxRetriesPerRequest: null });
    for (const client of [this.#pub, this.#sub]) {
      client.on('error', (err: unknown) => this.#markDown(err));
    }
    this.#sub.on('ready', () => {
      if (this.#down) this.#logger.info('redis reconnected', {});
      this.#down = false;
      if (this.#wasReady) for (const listener of this.#reconnectListeners) listener();
      this.#wasReady = true;
    });
    this.#sub.on('close', () => this.#markDown(null));
    this.#sub.on('messageBuffer', (channel: Buffer, bytes: Buffer) => {
      const handler = this.#handlers.get(channel.toString());
      if (!handler) return;
      const frame = decodeFanout(bytes);
      if (frame === null) {
        this.#logger.error('fan-out frame unreadable', { bytes: bytes.length });
        return;
      }
      if (frame.instance !== this.instance) handler(frame.message);
    });
  }

  watch(doc: string, onMessage: (message: FanoutMessage) => void): void {
    const channel = CHANNEL_PREFIX + doc;
    const had = this.#handlers.has(channel);
    this.#handlers.set(channel, onMessage);
    if (!had) this.#sub.subscribe(channel).catch(() => {}); // re-done on reconnect
  }

  unwatch(doc: string): void {
    const channel = CHANNEL_PREFIX + doc;
    if (!this.#handlers.delete(channel)) return;
    this.#sub.unsubscribe(channel).catch(() => {});
  }

  publish(doc: string, message: FanoutMessage): void {
    if (this.#down) return;
    const frame = Buffer.from(encodeFanout(this.instance, message));
    this.#pub.publish(CHANNEL_PREFIX + doc, frame).catch(() => {});
  }

  onReconnect(listener: () => void): void {
    this.#reconnectListeners.push(listener);
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#handlers.clear();
    this.#pub.disconnect();
    this.#sub.disconnect();
  }

  #markDown(err: unknown): void {
    if (this.#down || this.#closed) return;
    this.#down = true;
    this.#logger.error('redis unavailable', err ? { error: describeError(err) } : {});
  }
}
