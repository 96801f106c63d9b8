// One /mux socket: many documents, framed per core/PROTOCOL.md. A document is
// subscribed by its first message (normally sync step 1, answered with step 2 + our
// step 1 + current awareness), and after an unsubscribe only by a step 1 (other messages
// for it are then stale and dropped); each data message is acknowledged with MSG_ACK after it
// was durably stored (or found to change nothing), in order. A denied document gets one
// MSG_DENIED and its later frames are dropped; a read-only document's data messages are
// neither applied nor stored, and the first one gets MSG_DENIED 'read-only' (the document
// stays subscribed: updates still arrive, and the viewer's own presence still counts). reauthorize() (a role
// change) re-runs authorize() for every subscribed document in the socket's queue:
// denied → left at once with MSG_DENIED 'forbidden'; write → read downgrades.
// One object per socket (handler, live connection) and one subscriber object per
// document, methods on the prototype: no closures per socket or per subscription.
import { decodeMuxFrame, encodeAck, encodeDenied, encodeMuxFrame } from '@profgrid/core';
import type { DeniedCode } from '@profgrid/core';
import type { DataResult, DocRoom, Subscriber } from './doc-room.ts';
import type { DataAnswer } from './doc-rooms.ts';
import { resolveDocAccess } from './doc-access.ts';
import type { RelayContext } from './relay-context.ts';
import { Inbound } from './inbound.ts';
import type { ConnectionHandler, InboundOwner } from './inbound.ts';
import { parseMessage } from './messages.ts';
import type { RelayMessage } from './messages.ts';
import type { Principal } from './hooks.ts';
import type { LiveConnection } from './relay-context.ts';
import { CLOSE, MISSING_DEPS_REASON } from './socket-like.ts';
import type { SocketLike } from './socket-like.ts';

/** Unsubscribed document names a socket remembers. */
const LEFT_KEPT = 1000;

/** One document of a mux socket as its room sees it: frames each message with the name. */
class MuxSubscriber implements Subscriber, DataAnswer {
  readonly #inbound: Inbound;
  readonly docName: string;
  constructor(inbound: Inbound, docName: string) {
    this.#inbound = inbound;
    this.docName = docName;
  }
  send(message: Uint8Array): void {
    this.#inbound.send(encodeMuxFrame(this.docName, message));
  }
  close(code: number, reason: string): void {
    this.#inbound.close(code, reason);
  }
  /** How an edit sent for this document ended: acked, or the socket closed. */
  answered(result: DataResult): void {
    const inbound = this.#inbound;
    if (result === 'stored' || result === 'unchanged') inbound.send(encodeAck(this.docName));
    else if (result === 'bad-update') inbound.close(CLOSE.invalidPayload, 'malformed update');
    else if (result === 'missing-deps') inbound.close(CLOSE.invalidPayload, MISSING_DEPS_REASON);
  }
  failed(): void {
    this.#inbound.close(CLOSE.internalError, 'internal error');
  }
}

interface Subscription {
  readonly room: DocRoom;
  readonly sub: MuxSubscriber;
  access: 'write' | 'read';
  /** MSG_DENIED 'read-only' was sent since access last changed. */
  toldReadOnly: boolean;
}

export function connectMux(
  ctx: RelayContext,
  socket: SocketLike,
  principal: Principal,
): ConnectionHandler {
  return new MuxConnection(ctx, socket, principal);
}

class MuxConnection implements ConnectionHandler, LiveConnection, InboundOwner {
  readonly principal: Principal;
  readonly #ctx: RelayContext;
  readonly #inbound: Inbound;
  readonly #subs = new Map<string, Subscription>();
  /** Documents refused on this socket (created on the first refusal). */
  #denied: Set<string> | null = null;
  /** Documents this socket unsubscribed from (only a step 1 opens them again). */
  #left: Set<string> | null = null;

  constructor(ctx: RelayContext, socket: SocketLike, principal: Principal) {
    this.principal = principal;
    this.#ctx = ctx;
    this.#inbound = new Inbound(socket, ctx, this);
    ctx.live.add(this);
  }

  // ConnectionHandler
  message(data: Uint8Array, isBinary: boolean): void {
    this.#inbound.accept(data, isBinary);
  }

  closed(): void {
    this.#inbound.markClosed();
    this.leave();
  }

  // LiveConnection
  reauthorize(): void {
    this.#inbound.run(async () => {
      const { registry, hooks, rooms, docOwner } = this.#ctx;
      for (const [docName, s] of Array.from(this.#subs)) {
        const access = await resolveDocAccess(registry, hooks, this.principal, docName, docOwner);
        if (access === 'write' || access === 'read') {
          if (s.access !== access) s.toldReadOnly = false;
          s.access = access;
          continue;
        }
        rooms.leave(s.room, s.sub);
        this.#subs.delete(docName);
        this.#deny(docName, 'forbidden', 'access revoked');
      }
    });
  }

  endSession(): void {
    this.#inbound.close(CLOSE.unauthenticated, 'session ended');
  }

  // InboundOwner
  leave(): void {
    for (const s of this.#subs.values()) this.#ctx.rooms.leave(s.room, s.sub);
    this.#subs.clear();
    this.#ctx.live.delete(this);
  }

  /** Synchronous for an edit of a subscribed document: no promise per message. */
  handle(bytes: Uint8Array): Promise<void> | void {
    const frame = decodeMuxFrame(bytes);
    if (!frame.ok) return this.#inbound.close(CLOSE.unsupportedData, frame.error);
    const parsed = parseMessage(frame.frame.message);
    if (!parsed.ok) return this.#inbound.close(parsed.closeCode, parsed.reason);
    return this.#handleMessage(frame.frame.docName, parsed.message);
  }

  #deny(docName: string, code: DeniedCode, reason: string): void {
    (this.#denied ??= new Set()).add(docName);
    this.#inbound.send(encodeDenied(docName, code, reason));
  }

  async #subscribe(docName: string): Promise<Subscription | null> {
    const ctx = this.#ctx;
    const inbound = this.#inbound;
    if (this.#subs.size >= ctx.limits.maxDocsPerSocket) {
      inbound.close(
        CLOSE.tooManyDocs,
        `more than ${ctx.limits.maxDocsPerSocket} documents on one socket`,
      );
      return null;
    }
    const access = await resolveDocAccess(
      ctx.registry,
      ctx.hooks,
      this.principal,
      docName,
      ctx.docOwner,
    );
    if (access === 'not-found') {
      this.#deny(docName, 'not-found', 'no such organization');
      return null;
    }
    if (access === 'forbidden') {
      this.#deny(docName, 'forbidden', 'access denied');
      return null;
    }
    const sub = new MuxSubscriber(inbound, docName);
    const room = await ctx.rooms.join(docName, sub);
    if (inbound.closed) {
      ctx.rooms.leave(room, sub);
      return null;
    }
    const subscription: Subscription = { room, sub, access, toldReadOnly: false };
    this.#subs.set(docName, subscription);
    ctx.observer.docOpened?.(this.principal, docName);
    const awareness = room.awarenessSnapshot();
    if (awareness) sub.send(awareness);
    return subscription;
  }

  #handleMessage(docName: string, message: RelayMessage): Promise<void> | void {
    const ctx = this.#ctx;
    if (message.kind === 'unsubscribe') {
      const s = this.#subs.get(docName);
      if (s) {
        ctx.rooms.leave(s.room, s.sub);
        this.#left ??= new Set();
        // bounded: the oldest names go first (a name forgotten only loses the drop)
        if (this.#left.size >= LEFT_KEPT) this.#left.delete(this.#left.values().next().value!);
        this.#left.add(docName);
      }
      this.#subs.delete(docName);
      this.#denied?.delete(docName);
      return;
    }
    if (this.#denied?.has(docName)) return;
    // After an unsubscribe only a step 1 subscribes again. Anything else is stale: the
    // client's step 2 answering our step 1 that crossed its unsubscribe would otherwise
    // open the document again behind the client's back (and audit a second open).
    if (this.#left?.has(docName)) {
      if (message.kind !== 'step1') return;
      this.#left.delete(docName);
    }
    const s = this.#subs.get(docName);
    return s ? this.#toRoom(s, message) : this.#subscribeAndHandle(docName, message);
  }

  async #subscribeAndHandle(docName: string, message: RelayMessage): Promise<void> {
    const s = await this.#subscribe(docName);
    if (s) await this.#toRoom(s, message);
  }

  async #answerStep1(s: Subscription, stateVector: Uint8Array): Promise<void> {
    const answered = await s.room.answerStep1(s.sub, stateVector, true);
    if (!answered) this.#inbound.close(CLOSE.invalidPayload, 'malformed state vector');
  }

  /** A message for a subscribed document. */
  #toRoom(s: Subscription, message: RelayMessage): Promise<void> | void {
    const ctx = this.#ctx;
    const inbound = this.#inbound;
    const docName = s.sub.docName;
    switch (message.kind) {
      case 'step1':
        return this.#answerStep1(s, message.stateVector);
      case 'step2':
      case 'update': {
        if (s.access === 'read') {
          if (!s.toldReadOnly) {
            inbound.send(encodeDenied(docName, 'read-only', 'read-only access: change refused'));
          }
          s.toldReadOnly = true;
          return;
        }
        void ctx.rooms.receive(s.room, s.sub, this.principal, message.update, s.sub);
        return;
      }
      case 'awareness':
        if (!s.room.receiveAwareness(s.sub, message.update)) {
          inbound.close(CLOSE.invalidPayload, 'malformed awareness update');
        }
        return;
      case 'query-awareness': {
        const awareness = s.room.awarenessSnapshot();
        if (awareness) s.sub.send(awareness);
        return;
      }
      case 'auth':
      case 'unsubscribe':
        return;
    }
  }
}
