// Backpressure of one socket, so a client that stops reading cannot make the relay hold
// whole documents for it (each sync step 1 it sends is answered with the document as
// step 2). Bounds, per socket:
//  - requests waiting in its queue (messages received, not yet handled): past
//    `maxQueuedMessages` the relay stops reading the socket (TCP then pushes back on the
//    client) and reads again once half of them are handled;
//  - bytes sent but not taken by the client: before handling its next request, a socket
//    holding more than `pauseAtUnsentBytes` is not read until they fall to a quarter of
//    that; if they do not within `drainTimeoutMs`, or if they ever pass `maxUnsentBytes`
//    (broadcasts keep coming), the socket is aborted (close code 4408 and reason, then the
//    connection is dropped with what it holds, so that memory is freed at once).
// So at most one document answer per socket is being built or held beyond the pause
// mark, and the document's serial queue — which every client of the document shares —
// never holds more than one request of a slow socket.
import type { RelayLimits } from './limits.ts';
import type { SocketLike } from './socket-like.ts';

/** Requests of one socket waiting to be handled before it is no longer read. */
export const MAX_QUEUED_MESSAGES = 256;

export type FlowVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export const OK: FlowVerdict = { ok: true };

export class Backpressure {
  readonly #socket: SocketLike;
  readonly #limits: RelayLimits;
  #queued = 0;
  #queueFull = false;
  #draining = false;

  constructor(socket: SocketLike, limits: RelayLimits) {
    this.#socket = socket;
    this.#limits = limits;
  }

  /** A message was queued for handling. */
  queued(): void {
    this.#queued++;
    if (!this.#queueFull && this.#queued >= MAX_QUEUED_MESSAGES) {
      this.#queueFull = true;
      this.#reading();
    }
  }

  /** A queued message was handled (or dropped). */
  handled(): void {
    this.#queued--;
    if (this.#queueFull && this.#queued <= MAX_QUEUED_MESSAGES / 2) {
      this.#queueFull = false;
      this.#reading();
    }
  }

  /** True when beforeRequest() would wait (the common case, false, needs no promise). */
  mustWait(): boolean {
    const socket = this.#socket;
    return (
      socket.whenUnsentAtMost !== undefined &&
      (socket.unsentBytes ?? 0) > this.#limits.pauseAtUnsentBytes
    );
  }

  /**
   * Before the next request is handled: waits (not reading the socket) while the client
   * has not taken what it was sent; not ok when it did not within drainTimeoutMs.
   */
  async beforeRequest(): Promise<FlowVerdict> {
    const socket = this.#socket;
    const pauseAt = this.#limits.pauseAtUnsentBytes;
    if (!socket.whenUnsentAtMost || (socket.unsentBytes ?? 0) <= pauseAt) return OK;
    this.#draining = true;
    this.#reading();
    const drained = await socket.whenUnsentAtMost(pauseAt / 4, this.#limits.drainTimeoutMs);
    this.#draining = false;
    this.#reading();
    return drained
      ? OK
      : { ok: false, reason: `client not reading: ${socket.unsentBytes ?? 0} bytes unsent` };
  }

  /** After a send: not ok when the unsent bytes passed maxUnsentBytes. */
  afterSend(messageBytes: number): FlowVerdict {
    const unsent = this.#socket.unsentBytes ?? 0;
    // one message bigger than the bound into an (almost) empty buffer is a big document,
    // not a slow client
    if (
      unsent <= this.#limits.maxUnsentBytes ||
      unsent - messageBytes <= this.#limits.pauseAtUnsentBytes
    )
      return OK;
    return {
      ok: false,
      reason: `client not reading: over ${this.#limits.maxUnsentBytes} bytes unsent`,
    };
  }

  #reading(): void {
    if (this.#queueFull || this.#draining) this.#socket.pauseReading?.();
    else this.#socket.resumeReading?.();
  }
}
