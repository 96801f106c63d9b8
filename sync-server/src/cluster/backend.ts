// Where the relay keeps its state and how instances share it, from BackendOptions:
// - SQLite in DATA_DIR (one instance): documents and the registry (orgs, users, roles,
//   sessions, audit, chair index, views, deadlines, summaries) in one file.
// - PostgreSQL (DATABASE_URL): documents and the registry in one database, one pool;
//   with Redis (REDIS_URL) the fan-out between instances, the gap watch that makes Redis
//   best-effort, and the cluster events that keep each instance's in-memory caches (tree,
//   rollups, socket access) in step. Instances then share nothing but these two servers:
//   they may run on any number of hosts, each with its own DATA_DIR (or none at all).
import { join } from 'node:path';
import type { Logger } from '../log.ts';
import type { DocRooms } from '../relay/doc-rooms.ts';
import type { DocStore } from '../store/doc-store.ts';
import { PgDocStore } from '../store/pg-doc-store.ts';
import { openPgPool } from '../store/pg-pool.ts';
import { pgSql } from '../store/pg-sql.ts';
import type { Sql } from '../store/sql.ts';
import { DB_FILE_NAME, openSqlite } from '../store/sqlite-db.ts';
import { startWalCheckpointer } from '../store/wal-checkpointer.ts';
import { explainPgError } from '../store/storage-errors.ts';
import { SqliteDocStore } from '../store/sqlite-doc-store.ts';
import { sqliteSql } from '../store/sqlite-sql.ts';
import type { Fanout } from '../relay/fanout.ts';
import type { ClusterEvents } from './cluster-events.ts';
import { startGapWatch } from './gap-watch.ts';
import type { GapWatch } from './gap-watch.ts';
import { RedisClusterEvents } from './redis-cluster-events.ts';
import { RedisFanout } from './redis-fanout.ts';

export interface Backend {
  readonly store: DocStore;
  /** The registry's database (store/sql.ts). */
  readonly sql: Sql;
  readonly fanout: Fanout | undefined;
  /** Registry and rollup changes between instances (with REDIS_URL only). */
  readonly events: ClusterEvents | undefined;
  /** Starts the gap watch over the relay's rooms (shared mode only). */
  attach(rooms: DocRooms): GapWatch | null;
  close(): Promise<void>;
}

/** What the backend needs of the server's config (config.ts gives more). */
export interface BackendOptions {
  /** SQLite's folder when there is no databaseUrl. */
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
  /** Fan-out and cluster events; only with databaseUrl. */
  readonly redisUrl?: string | undefined;
  /** Gap-watch period (default 1000 ms). */
  readonly resyncMs?: number | undefined;
}

export async function openBackend(config: BackendOptions, logger: Logger): Promise<Backend> {
  if (!config.databaseUrl) {
    const db = openSqlite(config.dataDir);
    const checkpoints = await startWalCheckpointer(db, join(config.dataDir, DB_FILE_NAME), {
      onError: (err) => logger.error('WAL checkpoint failed', { error: String(err) }),
    });
    const store = new SqliteDocStore(db);
    const sql = sqliteSql(db);
    return {
      store,
      sql,
      fanout: undefined,
      events: undefined,
      attach: () => null,
      async close() {
        await store.close();
        await sql.close();
        await checkpoints.stop();
        db.close();
      },
    };
  }
  const url = config.databaseUrl;
  const pool = await openPgPool(url).catch((err: unknown) => {
    throw explainPgError(err, url);
  });
  const store = PgDocStore.onPool(pool);
  const fanout = config.redisUrl ? new RedisFanout(config.redisUrl, logger) : undefined;
  const events = config.redisUrl ? new RedisClusterEvents(config.redisUrl, logger) : undefined;
  let watch: GapWatch | null = null;
  return {
    store,
    sql: pgSql(pool),
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
      await pool.end();
    },
  };
}
