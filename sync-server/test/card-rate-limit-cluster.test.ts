// The public card endpoints' rate limit holds across instances: two relays on one
// PostgreSQL and one Redis count a caller together, so an address gets its 120 requests a
// minute in all, not 120 from each instance; Redis holds no address (hashed keys, each
// with an expiry). Real PostgreSQL and Redis; the window is the wall clock's minute, so
// the test retries once if a minute boundary falls inside it.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_KEY_PREFIX } from '../src/cards/redis-rate-counter.ts';
import { removeDir, startTestRelay, tempDataDir } from './relay-harness.ts';
import type { TestRelay } from './relay-harness.ts';
import { startPostgres, startRedis } from './servers/real-servers.ts';
import type { RealServer } from './servers/real-servers.ts';

let pg: RealServer;
let redis: RealServer;
const relays: TestRelay[] = [];

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  for (let i = 0; i < 2; i++) {
    relays.push(
      await startTestRelay({
        databaseUrl: pg.url,
        redisUrl: redis.url,
        dataDir: tempDataDir(),
        seed: 'tree',
      }),
    );
  }
}, 90_000);

afterAll(async () => {
  for (const r of relays) {
    await r.server.close();
    removeDir(r.dataDir);
  }
  await redis?.destroy();
  await pg?.destroy();
}, 60_000);

const status = async (relay: TestRelay) => {
  const res = await fetch(`${relay.server.url}/api/public/card-status/31-00000001-00`);
  await res.body?.cancel();
  return res.status;
};

/** Alternates between the instances until one answers 429; how many were let through. */
async function allowedAcrossInstances(): Promise<{ allowed: number; minute: number }> {
  const minute = Math.floor(Date.now() / 60_000);
  let allowed = 0;
  for (let i = 0; i < 260; i++) {
    if ((await status(relays[i % 2]!)) === 429) break;
    allowed++;
  }
  return { allowed, minute };
}

describe('card rate limit across instances', () => {
  it('two instances on one Redis let an address through 120 times a minute in all', async () => {
    let run = await allowedAcrossInstances();
    if (run.minute !== Math.floor(Date.now() / 60_000)) run = await allowedAcrossInstances();
    expect(run.allowed).toBe(120);
    // the other instance refuses too: the count is shared
    expect(await status(relays[0]!)).toBe(429);
    expect(await status(relays[1]!)).toBe(429);
    const inspector = new Redis(redis.url, { maxRetriesPerRequest: 0 });
    try {
      const keys = await inspector.keys(`${RATE_KEY_PREFIX}*`);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        expect(key).toMatch(/^profgrid:ratelimit:\d+:[0-9a-f]{64}$/);
        expect(key).not.toContain('127.0.0.1');
        expect(await inspector.pttl(key)).toBeGreaterThan(0);
      }
    } finally {
      inspector.disconnect();
    }
  });
});
