// `pnpm migrate`: applies the schema migrations of SQLite (DATA_DIR) and, with
// DATABASE_URL, of PostgreSQL, then exits. The relay also migrates at start; running this
// first lets a rolling deploy change the schema once, before new instances start.
// Prints one JSON line of versions; never the URL (it may hold a password).
import { configFromEnv } from './config.ts';
import { describeError } from './errors.ts';
import { createLogger } from './log.ts';
import { SCHEMA_VERSION } from './store/migrations.ts';
import { connectPg } from './store/pg-pool.ts';
import { migratePg } from './store/pg-migrations.ts';
import { openSqlite } from './store/sqlite-db.ts';

const logger = createLogger();

try {
  const config = configFromEnv();
  openSqlite(config.dataDir).close();
  let postgres: { from: number; to: number } | null = null;
  if (config.databaseUrl) {
    const pool = connectPg(config.databaseUrl);
    try {
      postgres = await migratePg(pool);
    } finally {
      await pool.end();
    }
  }
  logger.info('migrated', { sqlite: SCHEMA_VERSION, postgres: postgres?.to ?? null });
} catch (err) {
  logger.error('migrate failed', { error: describeError(err) });
  process.exitCode = 1;
}
