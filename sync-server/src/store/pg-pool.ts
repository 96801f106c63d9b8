// The PostgreSQL connection pool of the relay (node-postgres, pure JS: no pg-native).
// Every connection runs with synchronous_commit=on, whatever the server's default, so a
// COMMIT that returned is on disk. A connection lost while idle (PostgreSQL restarted) is
// dropped by the pool and replaced on the next query; the error never crashes the process.
// A few connections outlive the idle timeout (POOL_MIN): a connection opened anew costs a
// PostgreSQL backend started, authenticated and its catalogue caches filled — after a
// quiet half minute, the dashboard's three answers paid that three times over (42 ms cold
// against 17 warm, and 10 on SQLite). Those POOL_MIN are opened before the relay listens
// (openPgPool), each having planned a statement over the tables every answer reads: a
// second instance's first dashboard answers otherwise opened a backend (and filled its
// catalogue caches) while the browser waited.
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

/**
 * The tables an answer reads on its way (the session, its user and grants) and the
 * dashboard's passport deadlines: planned once on each kept connection before listening.
 */
const WARM_STATEMENT =
  'SELECT (SELECT 1 FROM sessions LIMIT 0), (SELECT 1 FROM users LIMIT 0), ' +
  '(SELECT 1 FROM role_grants LIMIT 0), (SELECT 1 FROM passport_deadlines LIMIT 0)';

/**
 * Opens the POOL_MIN kept connections at once (held together, so each is a backend of
 * its own) and plans WARM_STATEMENT on each, then returns them to the pool idle.
 */
export async function warmPool(pool: pg.Pool): Promise<void> {
  const clients = await Promise.all(Array.from({ length: POOL_MIN }, () => pool.connect()));
  try {
    await Promise.all(clients.map((c) => c.query(WARM_STATEMENT)));
  } finally {
    for (const c of clients) c.release();
  }
}

/**
 * Connects, applies the missing migrations and opens the kept connections (warmPool); a
 * failure closes the pool and throws.
 */
export async function openPgPool(url: string): Promise<pg.Pool> {
  const pool = connectPg(url);
  try {
    await migratePg(pool);
    await warmPool(pool);
  } catch (err) {
    await pool.end();
    throw new RelayError('store-failed', 'cannot open the PostgreSQL database', { cause: err });
  }
  return pool;
}
