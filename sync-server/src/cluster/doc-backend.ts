// Where documents live and how instances share them, from the config: SQLite in DATA_DIR
// (one instance), or PostgreSQL (DATABASE_URL) with Redis fan-out (REDIS_URL) and the
// gap watch that makes Redis best-effort. The registry, users, sessions and audit stay
// in DATA_DIR's SQLite in every mode; with Redis, the instances tell each other when they
// change them (cluster-events.ts) so that their in-memory caches follow.
import type { DatabaseSync } from 'node:sqlite';
import type { ServerConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import type { DocRooms } from '../relay/doc-rooms.ts';
import type { DocStore } from '../store/doc-store.ts';
import { PgDocStore } from '../store/pg-doc-store.ts';
import { SqliteDocStore } from '../store/sqlite-doc-store.ts';
import type { ClusterEvents } from './cluster-events.ts';
import type { Fanout } from './fanout.ts';
import { startGapWatch } from './gap-watch.ts';
import type { GapWatch } from './gap-watch.ts';
import { RedisClusterEvents } from './redis-cluster-events.ts';
import { RedisFanout } from './redis-fanout.ts';

export interface DocBackend {
  readonly store: DocStore;
  readonly fanout: Fanout | undefined;
  /** Registry and rollup changes between instances (with REDIS_URL only). */
  readonly events: ClusterEvents | undefined;
  /** Starts the gap watch over the relay's rooms (shared mode only). */
  attach(rooms: DocRooms): GapWatch | null;
  close(): Promise<void>;
}

export async function openDocBackend(
  config: ServerConfig,
  db: DatabaseSync,
  logger: Logger,
): Promise<DocBackend> {
  if (!config.databaseUrl) {
    const store = new SqliteDocStore(db);
    return {
      store,
      fanout: undefined,
      events: undefined,
      attach: () => null,
      close: () => store.close(),
    };
  }
  const store = await PgDocStore.open(config.databaseUrl);
  const fanout = config.redisUrl ? new RedisFanout(config.redisUrl, logger) : undefined;
  const events = config.redisUrl ? new RedisClusterEvents(config.redisUrl, logger) : undefined;
  let watch: GapWatch | null = null;
  return {
    store,
    fanout,
    events,
    attach(rooms) {
      if (!fanout) return null;
      watch = startGapWatch({
        rooms,
        fanout,
        heads: (names) => store.heads(names),
        logger,
        intervalMs: config.resyncMs ?? 1000,
      });
      return watch;
    },
    async close() {
      watch?.stop();
      await fanout?.close();
      await events?.close();
      await store.close();
    },
  };
}
