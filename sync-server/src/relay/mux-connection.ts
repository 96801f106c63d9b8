// One /mux socket: many documents, framed per core/PROTOCOL.md. A document is
// subscribed by its first message (normally sync step 1, answered with step 2 + our
// step 1 + current awareness); each data message is acknowledged with MSG_ACK after it
// was durably stored (or found to change nothing), in order. A denied document gets one
// MSG_DENIED and its later frames are dropped; a read-only document's data messages get
// MSG_DENIED 'read-only' and are neither applied nor stored. reauthorize() (a role
// change) re-runs authorize() for every subscribed document in the socket's queue:
// denied → left at once with MSG_DENIED 'forbidden'; write → read downgrades.
import { decodeMuxFrame, encodeAck, encodeDenied, encodeMuxFrame } from '@profgrid/core';
import type { DeniedCode } from '@profgrid/core';
import type { DocRoom, Subscriber } from './doc-room.ts';
import { resolveDocAccess } from './doc-access.ts';
import type { RelayContext } from './relay-context.ts';
import { Inbound } from './inbound.ts';
import type { ConnectionHandler } from './inbound.ts';
import { parseMessage } from './messages.ts';
import type { RelayMessage } from './messages.ts';
import type { Principal } from './hooks.ts';
import { CLOSE, MISSING_DEPS_REASON } from './socket-like.ts';
import type { SocketLike } from './socket-like.ts';

interface Subscription {
  readonly room: DocRoom;
  readonly sub: Subscriber;
  access: 'write' | 'read';
}

export function connectMux(
  ctx: RelayContext,
  socket: SocketLike,
  principal: Principal,
): ConnectionHandler {
  const subs = new Map<string, Subscription>();
  const denied = new Set<string>();
  const leaveAll = () => {
    for (const s of subs.values()) ctx.rooms.leave(s.room, s.sub);
    subs.clear();
    ctx.live.delete(live);
  };
  const inbound = new Inbound(socket, ctx, leaveAll);
  const live = {
    principal,
    reauthorize: () =>
      inbound.run(async () => {
        for (const [docName, s] of Array.from(subs)) {
          const access = await resolveDocAccess(ctx.registry, ctx.hooks, principal, docName);
          if (access === 'write' || access === 'read') {
            s.access = access;
            continue;
          }
          ctx.rooms.leave(s.room, s.sub);
          subs.delete(docName);
          deny(docName, 'forbidden', 'access revoked');
        }
      }),
    endSession: () => inbound.close(CLOSE.unauthenticated, 'session ended'),
  };
  ctx.live.add(live);

  const deny = (docName: string, code: DeniedCode, reason: string) => {
    denied.add(docName);
    inbound.send(encodeDenied(docName, code, reason));
  };

  const subscribe = async (docName: string): Promise<Subscription | null> => {
    if (subs.size >= ctx.limits.maxDocsPerSocket) {
      inbound.close(
        CLOSE.tooManyDocs,
        `more than ${ctx.limits.maxDocsPerSocket} documents on one socket`,
      );
      return null;
    }
    const access = await resolveDocAccess(ctx.registry, ctx.hooks, principal, docName);
    if (access === 'not-found') return (deny(docName, 'not-found', 'no such organization'), null);
    if (access === 'forbidden') return (deny(docName, 'forbidden', 'access denied'), null);
    const sub: Subscriber = {
      send: (message) => inbound.send(encodeMuxFrame(docName, message)),
      close: (code, reason) => inbound.close(code, reason),
    };
    const room = await ctx.rooms.join(docName, sub);
    if (inbound.closed) {
      ctx.rooms.leave(room, sub);
      return null;
    }
    const subscription: Subscription = { room, sub, access };
    subs.set(docName, subscription);
    ctx.observer.docOpened?.(principal, docName);
    const awareness = room.awarenessSnapshot();
    if (awareness) sub.send(awareness);
    return subscription;
  };

  const handleMessage = async (docName: string, message: RelayMessage): Promise<void> => {
    if (message.kind === 'unsubscribe') {
      const s = subs.get(docName);
      if (s) ctx.rooms.leave(s.room, s.sub);
      subs.delete(docName);
      denied.delete(docName);
      return;
    }
    if (denied.has(docName)) return;
    const s = subs.get(docName) ?? (await subscribe(docName));
    if (!s) return;
    switch (message.kind) {
      case 'step1': {
        const answered = await s.room.answerStep1(s.sub, message.stateVector, true);
        if (!answered) inbound.close(CLOSE.invalidPayload, 'malformed state vector');
        return;
      }
      case 'step2':
      case 'update': {
        if (s.access === 'read')
          return deny(docName, 'read-only', 'read-only access: change refused');
        const pending = s.room.receiveUpdate(s.sub, message.update);
        pending.then(
          (result) => {
            if (result === 'stored') ctx.observer.docStored?.(principal, docName, s.room.doc);
            if (result === 'stored' || result === 'unchanged') inbound.send(encodeAck(docName));
            else if (result === 'bad-update')
              inbound.close(CLOSE.invalidPayload, 'malformed update');
            else if (result === 'missing-deps')
              inbound.close(CLOSE.invalidPayload, MISSING_DEPS_REASON);
            if (result !== 'unchanged') ctx.rooms.afterData(s.room);
          },
          () => inbound.close(CLOSE.internalError, 'internal error'),
        );
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
        return;
    }
  };

  return {
    message(data, isBinary) {
      inbound.accept(data, isBinary, async (bytes) => {
        const frame = decodeMuxFrame(bytes);
        if (!frame.ok) return inbound.close(CLOSE.unsupportedData, frame.error);
        const parsed = parseMessage(frame.frame.message);
        if (!parsed.ok) return inbound.close(parsed.closeCode, parsed.reason);
        await handleMessage(frame.frame.docName, parsed.message);
      });
    },
    closed() {
      inbound.markClosed();
      leaveAll();
    },
  };
}
