// Shared inbound handling of one socket: size and text-frame checks, and a serial queue
// so a socket's messages are handled in the order they arrived. Any exception in a
// handler closes that socket with 1011; the process goes on.
import type { Logger } from '../log.ts';
import { describeError } from '../errors.ts';
import { CLOSE, closeReason } from './socket-like.ts';
import type { SocketLike } from './socket-like.ts';

export interface ConnectionHandler {
  /** One websocket message as received. */
  message(data: Uint8Array, isBinary: boolean): void;
  /** The socket closed (either side). */
  closed(): void;
}

export class Inbound {
  readonly #socket: SocketLike;
  readonly #logger: Logger;
  readonly #maxBytes: number;
  #chain: Promise<void> = Promise.resolve();
  closed = false;

  readonly #onClose: () => void;

  constructor(socket: SocketLike, logger: Logger, maxBytes: number, onClose: () => void) {
    this.#socket = socket;
    this.#onClose = onClose;
    this.#logger = logger;
    this.#maxBytes = maxBytes;
  }

  /** Queues `handle` for a valid binary message; closes the socket for a bad one. */
  accept(
    data: Uint8Array,
    isBinary: boolean,
    handle: (data: Uint8Array) => Promise<void> | void,
  ): void {
    if (this.closed) return;
    if (!isBinary) return this.close(CLOSE.unsupportedData, 'text frames are not supported');
    if (data.length > this.#maxBytes) return this.close(CLOSE.tooBig, 'message too big');
    this.run(() => handle(data));
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
    this.#socket.close(code, closeReason(reason));
    this.#onClose();
  }
}
