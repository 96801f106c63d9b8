// The relay without a transport: owns the rooms, hands out connection handlers for
// /mux and /sync sockets, and shuts down by unloading (compacting) every document.
// Transports (relay/ws-upgrade.ts) only adapt sockets to SocketLike.
import type { Fanout } from '../cluster/fanout.ts';
import type { Logger } from '../log.ts';
import type { DocStore } from '../store/doc-store.ts';
import type { OrgRegistry } from '../registry/org-registry.ts';
import { DocRooms } from './doc-rooms.ts';
import type { AccessHooks, Principal, RelayObserver } from './hooks.ts';
import type { ConnectionHandler } from './inbound.ts';
import type { RelayLimits } from './limits.ts';
import { connectMux } from './mux-connection.ts';
import { connectPlain } from './plain-connection.ts';
import type { LiveConnection, RelayContext } from './relay-context.ts';
import type { SocketLike } from './socket-like.ts';

export interface RelayOptions {
  readonly store: DocStore;
  readonly registry: OrgRegistry;
  readonly hooks: AccessHooks;
  readonly limits: RelayLimits;
  readonly logger: Logger;
  readonly observer?: RelayObserver;
  /** Fan-out to other instances (REDIS_URL). */
  readonly fanout?: Fanout;
}

export interface Relay {
  readonly rooms: DocRooms;
  readonly hooks: AccessHooks;
  readonly limits: RelayLimits;
  connectMux(socket: SocketLike, principal: Principal): ConnectionHandler;
  connectPlain(socket: SocketLike, principal: Principal, docName: string): ConnectionHandler;
  /** Re-authorizes every document of the open sockets whose principal matches. */
  reauthorize(match?: (principal: Principal) => boolean): void;
  /** Closes (4401) the open sockets whose principal's session ended; returns how many. */
  revalidate(): Promise<number>;
  /** Unloads every document (compacting it); sockets should be closed first. */
  close(): Promise<void>;
}

export function createRelay(options: RelayOptions): Relay {
  const rooms = new DocRooms({
    store: options.store,
    logger: options.logger,
    compactAfterUpdates: options.limits.compactAfterUpdates,
    docIdleMs: options.limits.docIdleMs,
    fanout: options.fanout,
  });
  const live = new Set<LiveConnection>();
  const ctx: RelayContext = { ...options, observer: options.observer ?? {}, rooms, live };
  const { hooks } = options;
  return {
    rooms,
    hooks: options.hooks,
    limits: options.limits,
    connectMux: (socket, principal) => connectMux(ctx, socket, principal),
    connectPlain: (socket, principal, docName) => connectPlain(ctx, socket, principal, docName),
    reauthorize(match = () => true) {
      for (const c of live) if (match(c.principal)) c.reauthorize();
    },
    async revalidate() {
      if (!hooks.stillAuthenticated) return 0;
      let ended = 0;
      for (const c of Array.from(live)) {
        if (!(await hooks.stillAuthenticated(c.principal))) {
          c.endSession();
          ended++;
        }
      }
      return ended;
    },
    close: () => rooms.unloadAll(),
  };
}
