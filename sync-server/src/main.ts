// Process entry: config from env, start, one {"msg":"listening","port":N} line, and a
// graceful stop on SIGTERM/SIGINT (close sockets, compact, close the database).
import { configFromEnv } from './config.ts';
import { describeError } from './errors.ts';
import { createLogger } from './log.ts';
import { startServer } from './server.ts';

const logger = createLogger();

try {
  const config = configFromEnv();
  const server = await startServer(config, { logger });
  logger.info('listening', {
    port: server.port,
    host: config.host,
    url: server.url,
    seed: config.seed,
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    server.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error('stop failed', { error: describeError(err) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (err) {
  logger.error('start failed', { error: describeError(err) });
  process.exit(1);
}
