// One PostgreSQL transaction on one pooled connection: BEGIN, COMMIT, or ROLLBACK and
// rethrow; a connection whose rollback failed is discarded instead of returned to the pool.
// Used by the migrations and every PostgreSQL store; it depends on nothing else in store/.
import type pg from 'pg';

/** Runs fn in one transaction on one pooled connection; rolls back when it throws. */
export async function inPgTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackErr) {
      broken = rollbackErr instanceof Error ? rollbackErr : new Error('rollback failed');
    }
    throw err;
  } finally {
    client.release(broken); // a connection that failed to roll back is discarded
  }
}
