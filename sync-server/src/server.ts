// Starts the whole relay on one port: SQLite store + registry (seeded on first start),
// the Hono app for HTTP and the websocket endpoints on the same node server.
// close() is the graceful shutdown: sockets (1001), HTTP, compaction of loaded
// documents, then the database.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import type { Logger } from './log.ts';
import { createLogger } from './log.ts';
import { seedIfEmpty } from './demo/seed.ts';
import { allowAllHooks } from './relay/hooks.ts';
import type { AccessHooks } from './relay/hooks.ts';
import { createRelay } from './relay/relay.ts';
import type { Relay } from './relay/relay.ts';
import { attachWebsockets } from './relay/ws-upgrade.ts';
import { openSqlite } from './store/sqlite-db.ts';
import { SqliteDocStore } from './store/sqlite-doc-store.ts';
import { SqliteOrgRegistry } from './store/org-registry.ts';

export interface ServerDeps {
  readonly hooks?: AccessHooks;
  readonly logger?: Logger;
}

export interface RunningServer {
  readonly port: number;
  /** http://host:port — websockets at ws://host:port/mux and /sync/<docName>. */
  readonly url: string;
  readonly relay: Relay;
  readonly store: SqliteDocStore;
  close(): Promise<void>;
}

export async function startServer(
  config: ServerConfig,
  deps: ServerDeps = {},
): Promise<RunningServer> {
  const logger = deps.logger ?? createLogger();
  const db = openSqlite(config.dataDir);
  const registry = new SqliteOrgRegistry(db);
  const store = new SqliteDocStore(db);
  try {
    await seedIfEmpty({ mode: config.seed, db, registry, store, logger });
  } catch (err) {
    db.close();
    throw err;
  }
  const relay = createRelay({
    store,
    registry,
    hooks: deps.hooks ?? allowAllHooks,
    limits: config.limits,
    logger,
  });
  const app = createApp({ registry, webDir: config.webDir, logger });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s as Server),
    );
    s.once('error', reject);
  });
  const websockets = attachWebsockets(server, relay, logger);
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await websockets.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await relay.close();
      await store.close();
      db.close();
    })());
  return { port, url: `http://${config.host}:${port}`, relay, store, close };
}
