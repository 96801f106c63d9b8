// `pnpm restore <backup file>`: puts a checked copy of a backup made by `pnpm backup` in
// place as DATA_DIR's database (default ./data). Stop the server first. A database file
// already there is moved aside (profgrid.sqlite.before-restore-<date-time>), never deleted.
// Then start the server as usual; it checks the file again and applies any migrations.
import { resolve } from 'node:path';
import { describeError } from '../errors.ts';
import { createLogger } from '../log.ts';
import { restoreSqlite } from './sqlite-backup.ts';

const logger = createLogger();
const backup = process.argv[2];
if (!backup) {
  logger.error('restore failed', { error: 'usage: pnpm restore <backup file> (DATA_DIR: target)' });
  process.exit(2);
}
const dataDir = resolve(process.env['DATA_DIR'] || './data');
try {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const result = restoreSqlite(resolve(backup), dataDir, stamp);
  logger.info('restored', { file: result.file, movedAside: result.movedAside });
} catch (err) {
  logger.error('restore failed', { error: describeError(err) });
  process.exit(1);
}
