// One /sync/:docName socket: byte-for-byte the y-websocket protocol, one document, so a
// stock WebsocketProvider works. On open the relay sends its sync step 1 and current
// awareness (as y-websocket's server does). Unknown or invalid document: close 4404;
// denied: 4403. A read-only principal's data messages are refused with one y-protocols
// "permission denied" auth message and are neither applied nor stored. reauthorize()
// closes 4403 when access was revoked and downgrades write to read.
import type { Subscriber } from './doc-room.ts';
import type { DocRoom } from './doc-room.ts';
import { resolveDocAccess } from './doc-access.ts';
import type { RelayContext } from './relay-context.ts';
import { Inbound } from './inbound.ts';
import type { ConnectionHandler } from './inbound.ts';
import { parseMessage, permissionDeniedMessage, step1Message } from './messages.ts';
import type { Principal } from './hooks.ts';
import { CLOSE, MISSING_DEPS_REASON } from './socket-like.ts';
import type { SocketLike } from './socket-like.ts';

export function connectPlain(
  ctx: RelayContext,
  socket: SocketLike,
  principal: Principal,
  docName: string,
): ConnectionHandler {
  let room: DocRoom | null = null;
  let access: 'write' | 'read' = 'read';
  let refusalSent = false;
  const leave = () => {
    if (room) ctx.rooms.leave(room, sub);
    room = null;
    ctx.live.delete(live);
  };
  const inbound = new Inbound(socket, ctx, leave);
  const live = {
    principal,
    reauthorize: () =>
      inbound.run(async () => {
        const resolved = await resolveDocAccess(ctx.registry, ctx.hooks, principal, docName);
        if (resolved === 'write' || resolved === 'read') access = resolved;
        else inbound.close(CLOSE.forbidden, 'access revoked');
      }),
    endSession: () => inbound.close(CLOSE.unauthenticated, 'session ended'),
  };
  ctx.live.add(live);
  const sub: Subscriber = {
    send: (message) => inbound.send(message),
    close: (code, reason) => inbound.close(code, reason),
  };

  inbound.run(async () => {
    const resolved = await resolveDocAccess(ctx.registry, ctx.hooks, principal, docName);
    if (resolved === 'not-found') return inbound.close(CLOSE.notFound, 'no such organization');
    if (resolved === 'forbidden') return inbound.close(CLOSE.forbidden, 'access denied');
    access = resolved;
    const joined = await ctx.rooms.join(docName, sub);
    if (inbound.closed) return ctx.rooms.leave(joined, sub);
    room = joined;
    ctx.observer.docOpened?.(principal, docName);
    sub.send(step1Message(joined.doc));
    const awareness = joined.awarenessSnapshot();
    if (awareness) sub.send(awareness);
  });

  const handle = async (bytes: Uint8Array): Promise<void> => {
    const parsed = parseMessage(bytes);
    if (!parsed.ok) return inbound.close(parsed.closeCode, parsed.reason);
    const r = room;
    if (!r) return;
    const message = parsed.message;
    switch (message.kind) {
      case 'step1':
        if (!(await r.answerStep1(sub, message.stateVector, false))) {
          inbound.close(CLOSE.invalidPayload, 'malformed state vector');
        }
        return;
      case 'step2':
      case 'update':
        if (access === 'read') {
          if (!refusalSent) sub.send(permissionDeniedMessage('read-only access'));
          refusalSent = true;
          return;
        }
        r.receiveUpdate(sub, message.update).then(
          (result) => {
            if (result === 'stored') ctx.observer.docStored?.(principal, docName, r.doc);
            if (result === 'bad-update') inbound.close(CLOSE.invalidPayload, 'malformed update');
            else if (result === 'missing-deps')
              inbound.close(CLOSE.invalidPayload, MISSING_DEPS_REASON);
            if (result !== 'unchanged') ctx.rooms.afterData(r);
          },
          () => inbound.close(CLOSE.internalError, 'internal error'),
        );
        return;
      case 'awareness':
        if (!r.receiveAwareness(sub, message.update)) {
          inbound.close(CLOSE.invalidPayload, 'malformed awareness update');
        }
        return;
      case 'query-awareness': {
        const awareness = r.awarenessSnapshot();
        if (awareness) sub.send(awareness);
        return;
      }
      case 'auth':
      case 'unsubscribe':
        return;
    }
  };

  return {
    message: (data, isBinary) => inbound.accept(data, isBinary, handle),
    closed() {
      inbound.markClosed();
      leave();
    },
  };
}
