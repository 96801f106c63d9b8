// Shared inbound handling of one socket: text-frame, size and rate checks (RelayLimits),
// and a serial queue so a socket's messages are handled in the order they arrived. Any exception in a
// handler closes that socket with 1011; the process goes on. Backpressure (backpressure.ts)
// bounds the queue and what the socket leaves unsent; a client that stops reading is
// aborted with 4408.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Logger } from '../log.ts';
import type { RelayMetrics } from '../metrics/relay-metrics.ts';
import { describeError } from '../errors.ts';
import type { RelayLimits } from './limits.ts';
import { Backpressure } from './backpressure.ts';
import { TokenBucket } from './rate-limit.ts';
import { CLOSE, closeReason } from './socket-like.ts';
import type { SocketLike } from './socket-like.ts';

/** Bytes a socket's queue may send before it lets other work run (timers, other sockets). */
export const YIELD_AFTER_BYTES = 256 * 1024;

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
  /**
   * Work waiting its turn: a received message (handled through #request) or a task given
   * to run(). One array and one drain loop per socket instead of a promise chain with
   * three closures per message.
   */
  #queue: (Uint8Array | (() => Promise<void> | void))[] = [];
  #draining = false;
  /** Bytes sent since this socket's queue last let the event loop run. */
  #sentSinceYield = 0;
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
    this.#push(data);
  }

  /**
   * Handles one queued item: synchronously when nothing in it waits (an edit is handed to
   * its room's queue at once), so a message costs no promise of its own; a promise only
   * when the item has to be awaited (a task, a request that waits for the client to read,
   * an answer from the document).
   */
  #handleItem(item: Uint8Array | (() => Promise<void> | void)): Promise<void> | void {
    const isRequest = typeof item !== 'function';
    let pending: Promise<void> | void = undefined;
    try {
      if (isRequest) pending = this.#request(item);
      else if (!this.closed) pending = item();
    } catch (err) {
      if (isRequest) this.#flow.handled();
      return this.#failed(err);
    }
    if (pending) return this.#settle(pending, isRequest);
    if (isRequest) this.#flow.handled();
  }

  async #settle(pending: Promise<void>, isRequest: boolean): Promise<void> {
    try {
      await pending;
    } catch (err) {
      this.#failed(err);
    } finally {
      if (isRequest) this.#flow.handled();
    }
  }

  #failed(err: unknown): void {
    this.#logger.error('socket handler failed', { error: describeError(err) });
    this.close(CLOSE.internalError, 'internal error');
  }

  /** One client message, once the client took enough of what it was sent. */
  #request(data: Uint8Array): Promise<void> | void {
    if (this.closed) return;
    if (this.#flow.mustWait()) return this.#requestAfterWait(data);
    return this.#owner.handle(data);
  }

  async #requestAfterWait(data: Uint8Array): Promise<void> {
    const flow = await this.#flow.beforeRequest();
    if (!flow.ok) return this.abort(CLOSE.notReading, flow.reason);
    if (!this.closed) await this.#owner.handle(data);
  }

  run(task: () => Promise<void> | void): void {
    this.#push(task);
  }

  #push(item: Uint8Array | (() => Promise<void> | void)): void {
    this.#queue.push(item);
    if (!this.#draining) {
      this.#draining = true;
      void this.#drain();
    }
  }

  /** Runs the queue in order, one item at a time (from a microtask, never inside push). */
  async #drain(): Promise<void> {
    await undefined;
    while (this.#queue.length > 0) {
      // taken as a whole, not shift()ed one by one: a flood of small frames queued before
      // reading paused would make shift() quadratic
      const batch = this.#queue;
      this.#queue = [];
      for (const item of batch) {
        const pending = this.#handleItem(item);
        if (pending) await pending;
        if (this.#sentSinceYield >= YIELD_AFTER_BYTES) {
          // Requests answered with whole documents (sync step 1 after step 1) would otherwise
          // run back to back in one task — the kernel takes megabytes before the unsent bytes
          // reach the pause mark — and hold every other socket's edits back.
          this.#sentSinceYield = 0;
          await yieldToEventLoop();
        }
      }
    }
    this.#draining = false;
  }

  /** The peer closed: stop handling queued messages. */
  markClosed(): void {
    this.closed = true;
  }

  send(data: Uint8Array): void {
    if (this.closed) return;
    this.#socket.send(data);
    this.#sentSinceYield += data.length;
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
