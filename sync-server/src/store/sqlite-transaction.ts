// One SQLite transaction around a function: BEGIN IMMEDIATE (takes the write lock at once,
// so two writers never deadlock on an upgrade), COMMIT, or ROLLBACK and rethrow. Used by
// the migrations and every SQLite store; it depends on nothing else in store/.
import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs fn inside one transaction; rolls back and rethrows when it throws. The error thrown
 * is always fn's (or COMMIT's): SQLite may have rolled back by itself already (a full
 * disk), and a failed ROLLBACK must not replace the reason.
 */
export function inTransaction<T>(db: DatabaseSync, fn: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (err) {
    if (db.isTransaction) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // the original error below is the one that explains what happened
      }
    }
    throw err;
  }
}
