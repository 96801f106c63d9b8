// Starts the whole relay on one port: document store + registry on SQLite or PostgreSQL
// (cluster/backend.ts; seeded on first start, with demo users), identity (users, sessions, roles, audit, chair index), the Hono app
// for HTTP and the websocket endpoints on the same node server. Access changes reach
// open sockets at once (Relay.reauthorize / revalidate), and a sweep every
// `sweepMs` (≤ 2 s) closes sockets whose session expired. With Redis, registry, access
// and rollup changes also reach the other instances (cluster/cluster-sync.ts).
// close() is the graceful shutdown: stop accepting (HTTP and upgrades), let every update
// already received reach the store (and its ack go out), close the sockets with 1012
// (service restart: clients reconnect with backoff), compact loaded documents, close the
// database. GET /metrics renders the relay's counters (metrics/).
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { DEFAULT_TIME_ZONE, orgDocName } from '@profgrid/core';
import { seedDemoTables } from './tables/demo-tables.ts';
import { docReader } from './tables/read-doc.ts';
import { docOwners, withTableAccess } from './tables/table-hooks.ts';
import { TableService } from './tables/table-service.ts';
import { TableStore } from './tables/table-store.ts';
import { CardService } from './cards/card-service.ts';
import { loadCardSigner } from './cards/card-signer.ts';
import { RedisRateCounter } from './cards/redis-rate-counter.ts';
import { createApp } from './app.ts';
import { createIdentity } from './auth/identity.ts';
import type { Identity } from './auth/identity.ts';
import { sessionHooks } from './auth/relay-hooks.ts';
import type { ServerConfig } from './config.ts';
import type { Logger } from './log.ts';
import { createLogger } from './log.ts';
import { createDemoUsers } from './demo/demo-users.ts';
import { seedIfEmpty } from './demo/seed.ts';
import type { AccessHooks } from './relay/hooks.ts';
import { createRelay } from './relay/relay.ts';
import type { Relay } from './relay/relay.ts';
import { attachWebsockets } from './relay/ws-upgrade.ts';
import type { WebsocketEndpoints } from './relay/ws-upgrade.ts';
import { renderPrometheus } from './metrics/prometheus.ts';
import { CLOSE } from './relay/socket-like.ts';
import { SqlOrgRegistry } from './registry/org-registry.ts';
import type { DocStore } from './store/doc-store.ts';
import { openBackend } from './cluster/backend.ts';
import { followCluster, reloadTree } from './cluster/cluster-sync.ts';
import { warmUp } from './http/warm-up.ts';
import { warmJsonPath } from './http/warm-json.ts';
import { startRegistryWatch } from './cluster/registry-watch.ts';
import type { RegistryWatch } from './cluster/registry-watch.ts';
import { RollupService } from './rollups/rollup-service.ts';
import { DuplicateIndex } from './duplicates/duplicate-index.ts';
import { FeedbackStore } from './feedback/feedback-store.ts';
import { storeOwnFigures } from './statforms/doc-snapshots.ts';
import { StatformService } from './statforms/statform-service.ts';
import { parseRequestDocName } from '@profgrid/core/requests';
import { RequestService } from './requests/request-service.ts';
import { withRequestDocs } from './requests/request-doc-hooks.ts';
import { relayDocWriter } from './transfers/doc-writer.ts';
import { TransferService } from './transfers/transfer-service.ts';
import { HolderService } from './positions/holder-service.ts';
import { PositionBackfill } from './positions/position-backfill.ts';
import { startBackfills } from './startup-backfills.ts';
import { observer } from './server-observer.ts';
import { closeThrottles, loginThrottles } from './server-throttles.ts';

export interface ServerDeps {
  /** Replaces the session-based hooks (relay tests of the hook mechanism itself). */
  readonly hooks?: AccessHooks;
  readonly logger?: Logger;
  /** The clock of sessions, throttling and audit (tests inject one). */
  readonly now?: () => number;
  /** Where the demo credentials block goes (stdout). */
  readonly print?: (text: string) => void;
  /** Interval of the expiry sweep of open sockets; default 2000 ms. */
  readonly sweepMs?: number;
}

export interface RunningServer {
  readonly port: number;
  /** http://host:port — websockets at ws://host:port/mux and /sync/<docName>. */
  readonly url: string;
  readonly relay: Relay;
  readonly store: DocStore;
  readonly registry: SqlOrgRegistry;
  readonly identity: Identity;
  readonly rollups: RollupService;
  readonly cards: CardService;
  readonly duplicates: DuplicateIndex;
  readonly requests: RequestService;
  /** The start-up pass over position records (links by name, terms of office). */
  readonly positions: PositionBackfill;
  /** Settles when the start-up back-fills (duplicate index, then positions) are over. */
  readonly backfilled: Promise<void>;
  close(): Promise<void>;
}

/** Organizations per cluster `tree` event (a bulk insert is sent in slices). */
const TREE_EVENT_ORGS = 1000;

export async function startServer(
  config: ServerConfig,
  deps: ServerDeps = {},
): Promise<RunningServer> {
  const logger = deps.logger ?? createLogger();
  const now = deps.now ?? Date.now;
  const backend = await openBackend(config, logger);
  const { store, sql, events } = backend;
  const throttles = loginThrottles(config, now, logger);
  let identity: Identity;
  let registry: SqlOrgRegistry;
  let rollups: RollupService;
  let relayRef: Relay | null = null;
  let tables: TableService;
  try {
    registry = await SqlOrgRegistry.open(sql);
    tables = new TableService({
      tables: new TableStore(sql, now),
      registry,
      store,
      readDoc: docReader(() => relayRef?.rooms ?? null, store, Boolean(config.databaseUrl)),
      newId: () => randomUUID(),
    });
    identity = createIdentity(
      sql,
      registry,
      config.auth,
      now,
      (err) => logger.error('audit counts not written', { error: String(err) }),
      throttles,
    );
    const users = identity.users;
    rollups = new RollupService({
      sql,
      registry,
      store,
      logger,
      now,
      timeZone: config.timeZone ?? DEFAULT_TIME_ZONE,
      publish: events && ((row, version) => events.publish({ kind: 'rollup', ...row, version })),
    });
    const counting = rollups;
    await seedIfEmpty({
      mode: config.seed,
      unionMembersShare: config.unionMembersShare,
      sql,
      registry,
      store,
      logger,
      onDoc: (orgId, doc) => {
        counting.storeCount(orgId, doc);
        return identity.chairs.indexDoc(orgId, doc);
      },
      afterSeed: async () => {
        await seedDemoTables(tables);
        await createDemoUsers(
          users,
          config.dataDir,
          deps.print ?? ((t) => process.stdout.write(t)),
        );
      },
    });
    registry.onChange((change, rechained) => {
      if (change.orgs.length > 0 && rechained.length > 0) counting.treeChanged(rechained);
    });
    await rollups.init();
  } catch (err) {
    await closeThrottles(throttles);
    await backend.close();
    throw err;
  }
  // An organization's document: the loaded room's, else read from the store.
  const readOrgDoc = async (orgId: string): Promise<Y.Doc> => {
    const name = orgDocName(orgId);
    const loaded = relayRef?.rooms.loaded(name);
    if (loaded) {
      const room = await loaded;
      // With several instances the loaded copy may not yet hold what another instance
      // stored a moment ago (the fan-out is asynchronous): read the database first.
      if (config.databaseUrl) await room.catchUp();
      return room.doc;
    }
    const stored = await store.load(name);
    const doc = new Y.Doc();
    for (const u of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) {
      Y.applyUpdate(doc, u);
    }
    return doc;
  };
  const cards = new CardService({
    sql,
    registry,
    signer: loadCardSigner(config.dataDir, config.cards),
    logger,
    now,
    revokeDelayMs: config.cards?.revokeDelayMs,
    readDoc: readOrgDoc,
    rateCounter: config.redisUrl ? new RedisRateCounter(config.redisUrl, logger) : undefined,
  });
  const duplicates = await DuplicateIndex.open({ sql, registry, logger, now });
  const counted = rollups;
  const requests = new RequestService({
    sql,
    registry,
    rollups,
    logger,
    now,
    today: () => counted.today(),
  });
  const hooks = withTableAccess(
    deps.hooks ??
      withRequestDocs(
        sessionHooks({ ...identity, allowedOrigins: config.auth.allowedOrigins }),
        requests,
        identity.access,
      ),
    tables.tables,
  );
  const owners = docOwners(tables.tables);
  const relay = createRelay({
    store,
    registry,
    hooks,
    limits: config.limits,
    logger,
    observer: observer(identity, rollups, cards, duplicates, requests, logger, (name) =>
      Promise.resolve(parseRequestDocName(name)?.orgId ?? owners(name)),
    ),
    fanout: backend.fanout,
    docOwner: owners,
  });
  relayRef = relay;
  // posts held by members of other organizations follow those organizations' registers
  identity.chairs.readDocsWith(readOrgDoc);
  const docWriter = relayDocWriter(relay.rooms, { shared: !!config.databaseUrl });
  // posts held by name get their member ids, and terms of office enter the elections
  // calendar, once per organization, behind the start-up too
  const positions = new PositionBackfill({
    sql,
    registry,
    chairs: identity.chairs,
    docs: docWriter,
    names: () => store.names(),
    load: readOrgDoc,
    logger,
    now,
  });
  // documents stored before the duplicate index existed (or seeded) enter it once, behind
  // the start-up: the relay answers meanwhile (time-slices.ts); then the positions. One
  // back-fill after the other: side by side, their steps (a document decoded, then
  // indexed) would share each slice of the event loop and double it. On one instance of
  // a cluster at a time (startup-backfills.ts).
  let stopping = false;
  const backfills = startBackfills({
    sql,
    logger,
    async run() {
      duplicates.startBackfill({ names: () => store.names(), load: readOrgDoc });
      await duplicates.backfilled;
      if (stopping) return;
      positions.start();
      await positions.done;
    },
  });
  // revocation checks a crash cut short (few: those of the last second before it)
  await cards.sweep();
  backend.attach(relay.rooms);
  let watch: RegistryWatch | null = null;
  if (events) {
    const targets = { registry, rollups, relay, logger };
    followCluster(events, targets);
    registry.onChange((change) => {
      // a bulk insert travels in slices; only the last carries the revision
      for (let i = 0; i < change.orgs.length; i += TREE_EVENT_ORGS) {
        const last = i + TREE_EVENT_ORGS >= change.orgs.length;
        const orgs = change.orgs.slice(i, i + TREE_EVENT_ORGS);
        events.publish({ kind: 'tree', orgs, rev: last ? change.rev : null });
      }
    });
    watch = startRegistryWatch({
      sql,
      treeRev: () => registry.rev,
      eventsDown: () => events.down,
      reloadTree: () => reloadTree(targets),
      reauthorizeAll: () => relay.reauthorize(),
      catchUpRollups: (down) => rollups.catchUpStored(down),
      logger,
      intervalMs: config.resyncMs ?? 1000,
    });
  }
  let websockets: WebsocketEndpoints | null = null;
  const renderMetrics = () =>
    renderPrometheus({
      metrics: relay.metrics,
      sockets: websockets?.socketCounts() ?? { mux: 0, sync: 0 },
      loadedDocuments: relay.rooms.loadedNames().length,
      memory: process.memoryUsage(),
    });
  const sessionsEnded = () => void relay.revalidate();
  const app = createApp({
    api: {
      ...identity,
      registry,
      trustProxy: config.auth.trustProxy,
      accessChanged: (userId) => {
        // undefined: a move or an archive (rollups moved with the registry's change; other
        // instances hear of it as a 'tree' event)
        if (userId !== undefined) events?.publish({ kind: 'access', userId });
        relay.reauthorize(userId === undefined ? undefined : (p) => p.id === userId);
      },
      sessionsEnded: () => {
        events?.publish({ kind: 'sessions' });
        sessionsEnded();
      },
    },
    webDir: config.webDir,
    allowedOrigins: config.auth.allowedOrigins,
    logger,
    rollups,
    cards,
    duplicates,
    feedback: new FeedbackStore(sql, now),
    metrics: { token: config.metricsToken, render: renderMetrics },
    tables,
    requests,
    transfers: new TransferService({
      sql,
      registry,
      docs: docWriter,
      logger,
      now,
      timeZone: config.timeZone ?? DEFAULT_TIME_ZONE,
    }),
    holders: new HolderService({ registry, docs: docWriter }),
    statforms: new StatformService({
      sql,
      registry,
      ownFigures: storeOwnFigures(store, { known: (id) => registry.get(id) !== undefined }),
      timeZone: config.timeZone ?? DEFAULT_TIME_ZONE,
      now,
    }),
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s as Server),
    );
    s.once('error', reject);
  });
  const ws = attachWebsockets(server, relay, logger);
  websockets = ws;
  // the first answers compile their path: paid here, not by the first health check
  await warmUp(server.address() as AddressInfo);
  await warmJsonPath();
  const sweep = setInterval(() => {
    void identity.sessions
      .sweep()
      .catch((err: unknown) => logger.error('session sweep failed', { error: String(err) }))
      .finally(sessionsEnded);
  }, deps.sweepMs ?? 2000);
  sweep.unref();
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      clearInterval(sweep);
      watch?.stop();
      stopping = true;
      const backfillsStopped = backfills.stop(); // no further try for the lock
      await positions.stop(); // its edits go through the relay: before that closes
      const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      ws.stopAccepting();
      await relay.flush();
      await ws.close(CLOSE.serviceRestart);
      server.closeAllConnections();
      await httpClosed;
      await relay.close(); // queued updates may still be stored (and counted) here
      await requests.flush();
      await cards.close();
      await duplicates.close();
      await backfillsStopped;
      await rollups
        .close()
        .catch((err: unknown) =>
          logger.error('summary rows not written at shutdown', { error: String(err) }),
        );
      await identity.audit
        .flush()
        .catch((err: unknown) =>
          logger.error('audit counts not written at shutdown', { error: String(err) }),
        );
      await closeThrottles(throttles);
      await backend.close();
    })());
  return {
    port,
    url: `http://${config.host}:${port}`,
    relay,
    store,
    registry,
    identity,
    rollups,
    cards,
    duplicates,
    requests,
    positions,
    backfilled: backfills.done,
    close,
  };
}
