// Shared inbound handling of one socket: text-frame, size and rate checks (RelayLimits),
// and a serial queue so a socket's messages are handled in the order they arrived. Any exception in a
// handler closes that socket with 1011; the process goes on. Backpressure (backpressure.ts)
// bounds the queue and what the socket leaves unsent; a client that stops reading is
// aborted with 4408.
import type { Logger } from '../log.ts';
import type { RelayMetrics } from '../metrics/relay-metrics.ts';
import { describeError } from '../errors.ts';
import type { RelayLimits } from './limits.ts';
import { Backpressure } from './backpressure.ts';
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
  readonly #flow: Backpressure;
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
    this.#flow = new Backpressure(socket, limits);
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
    this.#flow.queued();
    this.#chain = this.#chain
      .then(() => this.#request(data))
      .finally(() => this.#flow.handled())
      .catch((err: unknown) => {
        this.#logger.error('socket handler failed', { error: describeError(err) });
        this.close(CLOSE.internalError, 'internal error');
      });
  }

  /** One client message, once the client took enough of what it was sent. */
  async #request(data: Uint8Array): Promise<void> {
    if (this.closed) return;
    const flow = await this.#flow.beforeRequest();
    if (!flow.ok) return this.abort(CLOSE.notReading, flow.reason);
    if (!this.closed) await this.#owner.handle(data);
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
    if (this.closed) return;
    this.#socket.send(data);
    const flow = this.#flow.afterSend(data.length);
    if (!flow.ok) this.abort(CLOSE.notReading, flow.reason);
  }

  close(code: number, reason: string): void {
    this.#end(code, reason, false);
  }

  /** Closes and drops the connection at once, with what it still holds unsent. */
  abort(code: number, reason: string): void {
    this.#end(code, reason, true);
  }

  #end(code: number, reason: string, abort: boolean): void {
    if (this.closed) return;
    this.closed = true;
    this.#metrics.socketClosed(code);
    if (abort) this.#logger.warn('socket aborted', { code, reason });
    const socket = this.#socket;
    if (abort && socket.abort) socket.abort(code, closeReason(reason));
    else socket.close(code, closeReason(reason));
    this.#owner.leave();
  }
}
