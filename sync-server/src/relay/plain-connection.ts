// One /sync/:docName socket: byte-for-byte the y-websocket protocol, one document, so a
// stock WebsocketProvider works. On open the relay sends its sync step 1 and current
// awareness (as y-websocket's server does). Unknown or invalid document: close 4404;
// denied: 4403. A read-only principal's data messages are refused with one y-protocols
// "permission denied" auth message and are neither applied nor stored. reauthorize()
// closes 4403 when access was revoked and downgrades write to read.
// One object per socket is the handler, the room's subscriber and the live connection
// (methods on the prototype): per-socket closures were most of the relay's own heap per
// socket (bench/socket-memory.ts).
import type { DataResult, DocRoom, Subscriber } from './doc-room.ts';
import type { DataAnswer } from './doc-rooms.ts';
import { resolveDocAccess } from './doc-access.ts';
import type { RelayContext } from './relay-context.ts';
import { Inbound } from './inbound.ts';
import type { ConnectionHandler, InboundOwner } from './inbound.ts';
import { parseMessage, permissionDeniedMessage, step1Message } from './messages.ts';
import type { Principal } from './hooks.ts';
import type { LiveConnection } from './relay-context.ts';
import { CLOSE, MISSING_DEPS_REASON } from './socket-like.ts';
import type { SocketLike } from './socket-like.ts';

export function connectPlain(
  ctx: RelayContext,
  socket: SocketLike,
  principal: Principal,
  docName: string,
): ConnectionHandler {
  return new PlainConnection(ctx, socket, principal, docName);
}

class PlainConnection
  implements ConnectionHandler, Subscriber, LiveConnection, InboundOwner, DataAnswer
{
  readonly principal: Principal;
  readonly #ctx: RelayContext;
  readonly #docName: string;
  readonly #inbound: Inbound;
  #room: DocRoom | null = null;
  #access: 'write' | 'read' = 'read';
  #refusalSent = false;

  constructor(ctx: RelayContext, socket: SocketLike, principal: Principal, docName: string) {
    this.principal = principal;
    this.#ctx = ctx;
    this.#docName = docName;
    this.#inbound = new Inbound(socket, ctx, this);
    ctx.live.add(this);
    this.#inbound.run(() => this.#open());
  }

  // ConnectionHandler
  message(data: Uint8Array, isBinary: boolean): void {
    this.#inbound.accept(data, isBinary);
  }

  closed(): void {
    this.#inbound.markClosed();
    this.leave();
  }

  // Subscriber
  send(message: Uint8Array): void {
    this.#inbound.send(message);
  }

  close(code: number, reason: string): void {
    this.#inbound.close(code, reason);
  }

  // LiveConnection
  reauthorize(): void {
    this.#inbound.run(async () => {
      const { registry, hooks } = this.#ctx;
      const resolved = await resolveDocAccess(
        registry,
        hooks,
        this.principal,
        this.#docName,
        this.#ctx.docOwner,
      );
      if (resolved === 'write' || resolved === 'read') this.#access = resolved;
      else this.#inbound.close(CLOSE.forbidden, 'access revoked');
    });
  }

  endSession(): void {
    this.#inbound.close(CLOSE.unauthenticated, 'session ended');
  }

  // InboundOwner
  leave(): void {
    if (this.#room) this.#ctx.rooms.leave(this.#room, this);
    this.#room = null;
    this.#ctx.live.delete(this);
  }

  async #open(): Promise<void> {
    const ctx = this.#ctx;
    const inbound = this.#inbound;
    const resolved = await resolveDocAccess(
      ctx.registry,
      ctx.hooks,
      this.principal,
      this.#docName,
      ctx.docOwner,
    );
    if (resolved === 'not-found') return inbound.close(CLOSE.notFound, 'no such organization');
    if (resolved === 'forbidden') return inbound.close(CLOSE.forbidden, 'access denied');
    this.#access = resolved;
    const joined = await ctx.rooms.join(this.#docName, this);
    if (inbound.closed) return ctx.rooms.leave(joined, this);
    this.#room = joined;
    ctx.observer.docOpened?.(this.principal, this.#docName);
    this.send(step1Message(joined.doc));
    const awareness = joined.awarenessSnapshot();
    if (awareness) this.send(awareness);
  }

  /** Synchronous for an edit (handed to the room's queue): no promise per message. */
  handle(bytes: Uint8Array): Promise<void> | void {
    const inbound = this.#inbound;
    const parsed = parseMessage(bytes);
    if (!parsed.ok) return inbound.close(parsed.closeCode, parsed.reason);
    const r = this.#room;
    if (!r) return;
    const message = parsed.message;
    switch (message.kind) {
      case 'step1':
        return this.#answerStep1(r, message.stateVector);
      case 'step2':
      case 'update':
        if (this.#access === 'read') {
          if (!this.#refusalSent) this.send(permissionDeniedMessage('read-only access'));
          this.#refusalSent = true;
          return;
        }
        void this.#ctx.rooms.receive(r, this, this.principal, message.update, this);
        return;
      case 'awareness':
        if (!r.receiveAwareness(this, message.update)) {
          inbound.close(CLOSE.invalidPayload, 'malformed awareness update');
        }
        return;
      case 'query-awareness': {
        const awareness = r.awarenessSnapshot();
        if (awareness) this.send(awareness);
        return;
      }
      case 'auth':
      case 'unsubscribe':
        return;
    }
  }

  async #answerStep1(room: DocRoom, stateVector: Uint8Array): Promise<void> {
    if (!(await room.answerStep1(this, stateVector, false))) {
      this.#inbound.close(CLOSE.invalidPayload, 'malformed state vector');
    }
  }

  // DataAnswer: how an edit of this socket ended (plain y-websocket has no ack)
  answered(result: DataResult): void {
    if (result === 'bad-update') this.#inbound.close(CLOSE.invalidPayload, 'malformed update');
    else if (result === 'missing-deps') {
      this.#inbound.close(CLOSE.invalidPayload, MISSING_DEPS_REASON);
    }
  }

  failed(): void {
    this.#inbound.close(CLOSE.internalError, 'internal error');
  }
}
