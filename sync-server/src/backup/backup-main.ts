// `pnpm backup [file]`: a consistent online copy of the SQLite database of DATA_DIR
// (default ./data) while the server runs, to `file` (default
// ./backups/profgrid-<UTC date-time>.sqlite). Prints JSON lines: {"msg":"backup snapshot"}
// just before the snapshot, then {"msg":"backup written","file","bytes","ms"}. With
// DATABASE_URL set it refuses and says how PostgreSQL is backed up (README → Backups).
import { resolve } from 'node:path';
import { describeError } from '../errors.ts';
import { createLogger } from '../log.ts';
import { backupSqlite } from './sqlite-backup.ts';

const logger = createLogger();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');

if (process.env['DATABASE_URL']) {
  logger.error('backup refused', {
    error:
      'DATABASE_URL is set: back up PostgreSQL with pg_dump (logical) or pg_basebackup with WAL ' +
      'archiving (point in time), see README → Backups',
  });
  process.exit(2);
}
const dataDir = resolve(process.env['DATA_DIR'] || './data');
const target = resolve(process.argv[2] ?? `./backups/profgrid-${stamp}.sqlite`);
try {
  const result = backupSqlite(dataDir, target, () => logger.info('backup snapshot', { dataDir }));
  logger.info('backup written', { file: result.file, bytes: result.bytes, ms: result.ms });
} catch (err) {
  logger.error('backup failed', { error: describeError(err) });
  process.exit(1);
}
