// The PostgreSQL connection pool of the relay (node-postgres, pure JS: no pg-native).
// Every connection runs with synchronous_commit=on, whatever the server's default, so a
// COMMIT that returned is on disk. A connection lost while idle (PostgreSQL restarted) is
// dropped by the pool and replaced on the next query; the error never crashes the process.
// A few connections outlive the idle timeout (POOL_MIN): a connection opened anew costs a
// PostgreSQL backend started, authenticated and its catalogue caches filled — after a
// quiet half minute, the dashboard's three answers paid that three times over (42 ms cold
// against 17 warm, and 10 on SQLite).
import pg from 'pg';
import { RelayError } from '../errors.ts';
import { migratePg } from './pg-migrations.ts';

/** Connections the pool keeps open however long they idle (of at most POOL_MAX). */
export const POOL_MIN = 4;
const POOL_MAX = 8;

export function connectPg(url: string, idleTimeoutMillis = 30_000): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    min: POOL_MIN,
    max: POOL_MAX,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis,
    application_name: 'profgrid-relay',
    options: '-c synchronous_commit=on',
  });
  pool.on('error', () => {}); // an idle client died: the pool already removed it
  // A client in use that loses its connection also emits 'error'; its query rejects
  // (and the relay reacts to that), so the event itself must not crash the process.
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

/** Connects and applies the missing migrations; a failure closes the pool and throws. */
export async function openPgPool(url: string): Promise<pg.Pool> {
  const pool = connectPg(url);
  try {
    await migratePg(pool);
  } catch (err) {
    await pool.end();
    throw new RelayError('store-failed', 'cannot open the PostgreSQL database', { cause: err });
  }
  return pool;
}
