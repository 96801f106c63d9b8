// `pnpm migrate`: applies the schema migrations of the database the relay would use —
// PostgreSQL with DATABASE_URL, else SQLite in DATA_DIR — then exits. The relay also migrates at start; running this
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
  let postgres: { from: number; to: number } | null = null;
  if (!config.databaseUrl) openSqlite(config.dataDir).close();
  else {
    const pool = connectPg(config.databaseUrl);
    try {
      postgres = await migratePg(pool);
    } finally {
      await pool.end();
    }
  }
  logger.info('migrated', postgres ? { postgres: postgres.to } : { sqlite: SCHEMA_VERSION });
} catch (err) {
  logger.error('migrate failed', { error: describeError(err) });
  process.exitCode = 1;
}
