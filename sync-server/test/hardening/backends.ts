// The two deployments a hardening test runs against: one relay on SQLite, and one on real
// PostgreSQL + Redis (test/servers/real-servers.ts, started on first use, one pair per test
// file). `backendLifecycle()` registers the afterAll that stops them; call it at the top
// level of a file that uses 'postgres+redis'.
import { afterAll } from 'vitest';
import { removeDir, startTestRelay, tempDataDir } from '../relay-harness.ts';
import type { TestRelay, TestRelayOptions } from '../relay-harness.ts';
import { startPostgres, startRedis } from '../servers/real-servers.ts';
import type { RealServer } from '../servers/real-servers.ts';

export type Backend = 'sqlite' | 'postgres+redis';
export const BACKENDS: readonly Backend[] = ['sqlite', 'postgres+redis'];

let servers: Promise<[RealServer, RealServer]> | null = null;
const dirs: string[] = [];

export function backendLifecycle(): void {
  afterAll(async () => {
    const running = servers;
    servers = null;
    const [pg, redis] = running ? await running : [];
    await Promise.all([pg?.destroy(), redis?.destroy()]);
    dirs.splice(0).forEach(removeDir);
  }, 60_000);
}

/** A relay on `backend` (its own DATA_DIR); close it with relay.server.close(). */
export async function relayOn(
  backend: Backend,
  options: TestRelayOptions = {},
): Promise<TestRelay> {
  const dataDir = options.dataDir ?? dirs[dirs.push(tempDataDir()) - 1]!;
  if (backend === 'sqlite') return startTestRelay({ ...options, dataDir });
  servers ??= Promise.all([startPostgres(), startRedis()]);
  const [pg, redis] = await servers;
  return startTestRelay({ ...options, dataDir, databaseUrl: pg.url, redisUrl: redis.url });
}
