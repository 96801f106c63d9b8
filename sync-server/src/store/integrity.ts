// Start-up integrity check of the SQLite file. A damaged file is refused before anything
// writes to it (the check runs right after the file is opened, before any pragma, schema
// or migration), with a message that says what to do: keep the damaged file for analysis
// and restore the latest backup (`pnpm restore`, README → Backups). PRAGMA quick_check
// reads every page (O(size), seconds for a large file) but skips the index-content
// cross-check of integrity_check.
import type { DatabaseSync } from 'node:sqlite';
import { RelayError } from '../errors.ts';

/** How to get back to a sound database; part of every "damaged" message. */
export function restoreAdvice(file: string): string {
  return (
    `Stop the server, move ${file} (and its -wal/-shm files) aside for analysis, and restore ` +
    'the latest backup: pnpm restore <backup file> (README → Backups).'
  );
}

/** Throws RelayError 'store-damaged' when quick_check finds anything wrong. */
export function checkIntegrity(db: DatabaseSync, file: string): void {
  let problems: string[];
  try {
    const rows = db.prepare('PRAGMA quick_check(5)').all() as Record<string, unknown>[];
    problems = rows.map((r) => String(Object.values(r)[0])).filter((p) => p !== 'ok');
  } catch (err) {
    problems = [err instanceof Error ? err.message : 'unreadable'];
  }
  if (problems.length === 0) return;
  throw new RelayError(
    'store-damaged',
    `the database file ${file} is damaged (quick_check: ${problems.slice(0, 3).join('; ')}); ` +
      `the server does not open it. ${restoreAdvice(file)}`,
  );
}
