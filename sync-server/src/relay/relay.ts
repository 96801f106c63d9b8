// The relay without a transport: owns the rooms, hands out connection handlers for
// /mux and /sync sockets, and shuts down by unloading (compacting) every document.
// Transports (relay/ws-upgrade.ts) only adapt sockets to SocketLike.
import type { DocOwner } from './doc-access.ts';
import type { Fanout } from './fanout.ts';
import type { Logger } from '../log.ts';
import { RelayMetrics } from '../metrics/relay-metrics.ts';
import type { DocStore } from '../store/doc-store.ts';
import type { OrgRegistry } from '../registry/org-registry.ts';
import { DocRooms } from './doc-rooms.ts';
import type { AccessHooks, Principal, RelayObserver } from './hooks.ts';
import type { ConnectionHandler } from './inbound.ts';
import type { RelayLimits } from './limits.ts';
import { connectMux } from './mux-connection.ts';
import { connectPlain } from './plain-connection.ts';
import { LiveConnections } from './live-connections.ts';
import type { RelayContext } from './relay-context.ts';
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
  /** The organization of a document of another kind than `org:<id>` (table:<id>). */
  readonly docOwner?: DocOwner;
}

export interface Relay {
  readonly rooms: DocRooms;
  readonly hooks: AccessHooks;
  readonly limits: RelayLimits;
  /** Counters for GET /metrics. */
  readonly metrics: RelayMetrics;
  connectMux(socket: SocketLike, principal: Principal): ConnectionHandler;
  connectPlain(socket: SocketLike, principal: Principal, docName: string): ConnectionHandler;
  /** Re-authorizes every document of the open sockets whose principal matches. */
  reauthorize(match?: (principal: Principal) => boolean): void;
  /** Closes (4401) the open sockets whose principal's session ended; returns how many. */
  revalidate(): Promise<number>;
  /** Resolves when every update received so far is stored (and acked, if its socket is open). */
  flush(): Promise<void>;
  /** Unloads every document (compacting it); sockets should be closed first. */
  close(): Promise<void>;
}

export function createRelay(options: RelayOptions): Relay {
  const metrics = new RelayMetrics();
  const rooms = new DocRooms({
    onPersisted: (seconds) => metrics.updateStored(seconds),
    store: options.store,
    logger: options.logger,
    compactAfterUpdates: options.limits.compactAfterUpdates,
    docIdleMs: options.limits.docIdleMs,
    docMemoryBytes: options.limits.docMemoryBytes,
    fanout: options.fanout,
    onStored: (change) => options.observer?.docStored?.(change),
  });
  const live = new LiveConnections();
  const ctx: RelayContext = {
    ...options,
    observer: options.observer ?? {},
    rooms,
    live,
    metrics,
  };
  const { hooks } = options;
  const revalidation = coalesced(async () => {
    if (!hooks.liveSessions) return 0; // every session lives
    const asked = live.sessions();
    return live.endSessions(asked, await hooks.liveSessions(asked));
  });
  return {
    rooms,
    hooks: options.hooks,
    limits: options.limits,
    metrics,
    connectMux: (socket, principal) => connectMux(ctx, socket, live.canonical(principal)),
    connectPlain: (socket, principal, docName) =>
      connectPlain(ctx, socket, live.canonical(principal), docName),
    reauthorize(match = () => true) {
      for (const c of live) if (match(c.principal)) c.reauthorize();
    },
    revalidate: () => revalidation.run(),
    flush: () => rooms.flush(),
    close: () => rooms.unloadAll(),
  };
}

/**
 * Runs `fn` at most once at a time; a call while it runs gets the run that starts right
 * after it (which sees everything that happened before the call).
 */
function coalesced(fn: () => Promise<number>): { run(): Promise<number> } {
  let running: Promise<number> | null = null;
  let next: Promise<number> | null = null;
  const start = (): Promise<number> => {
    running = fn().finally(() => (running = null));
    return running;
  };
  return {
    run() {
      if (!running) return start();
      next ??= running.then(
        () => ((next = null), start()),
        () => ((next = null), start()),
      );
      return next;
    },
  };
}
