// Shared inbound handling of one socket: text-frame, size and rate checks (RelayLimits),
// and a serial queue so a socket's messages are handled in the order they arrived. Any exception in a
// handler closes that socket with 1011; the process goes on.
import type { Logger } from '../log.ts';
import type { RelayMetrics } from '../metrics/relay-metrics.ts';
import { describeError } from '../errors.ts';
import type { RelayLimits } from './limits.ts';
import { TokenBucket } from './rate-limit.ts';
import { CLOSE, closeReason } from './socket-like.ts';
import type { SocketLike } from './socket-like.ts';

export interface ConnectionHandler {
  /** One websocket message as received. */
  message(data: Uint8Array, isBinary: boolean): void;
  /** The socket closed (either side). */
  closed(): void;
}

/** The connection an Inbound serves. */
export interface InboundOwner {
  /** Handles one valid binary message, in arrival order. */
  handle(data: Uint8Array): Promise<void> | void;
  /** The relay closed the socket (limit, bad frame, access): leave every document. */
  leave(): void;
}

export class Inbound {
  readonly #socket: SocketLike;
  readonly #logger: Logger;
  readonly #limits: RelayLimits;
  readonly #metrics: RelayMetrics;
  readonly #bucket: TokenBucket;
  #chain: Promise<void> = Promise.resolve();
  closed = false;

  readonly #owner: InboundOwner;

  constructor(
    socket: SocketLike,
    ctx: { readonly logger: Logger; readonly limits: RelayLimits; readonly metrics: RelayMetrics },
    owner: InboundOwner,
  ) {
    this.#socket = socket;
    this.#owner = owner;
    this.#logger = ctx.logger;
    this.#limits = ctx.limits;
    this.#metrics = ctx.metrics;
    const limits = ctx.limits;
    this.#bucket = new TokenBucket(limits.maxMessagesPerSecond, limits.messageBurst);
  }

  /** Queues the owner's handle() for a valid binary message; closes the socket for a bad one. */
  accept(data: Uint8Array, isBinary: boolean): void {
    if (this.closed) return;
    this.#metrics.messageReceived();
    if (!isBinary) return this.close(CLOSE.unsupportedData, 'text frames are not supported');
    if (data.length > this.#limits.maxMessageBytes) {
      return this.close(CLOSE.tooBig, `message over ${this.#limits.maxMessageBytes} bytes`);
    }
    if (!this.#bucket.take()) {
      return this.close(
        CLOSE.rateLimited,
        `more than ${this.#limits.maxMessagesPerSecond} messages per second`,
      );
    }
    this.run(() => this.#owner.handle(data));
  }

  run(task: () => Promise<void> | void): void {
    this.#chain = this.#chain
      .then(() => (this.closed ? undefined : task()))
      .catch((err: unknown) => {
        this.#logger.error('socket handler failed', { error: describeError(err) });
        this.close(CLOSE.internalError, 'internal error');
      });
  }

  /** The peer closed: stop handling queued messages. */
  markClosed(): void {
    this.closed = true;
  }

  send(data: Uint8Array): void {
    if (!this.closed) this.#socket.send(data);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.#metrics.socketClosed(code);
    this.#socket.close(code, closeReason(reason));
    this.#owner.leave();
  }
}
