// The public card endpoints' rate counts shared by every instance on one Redis: per window
// and caller, one key (`profgrid:ratelimit:<window start>:<SHA-256 of the address>` — no
// address is stored in Redis) incremented by a one-line script that also sets its expiry,
// so two instances' requests in the same millisecond are both counted. Redis away: the
// instance counts in memory (logged once per outage) and never waits on reconnects.
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { retryStrategy } from '../cluster/redis-link.ts';
import { describeError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { MemoryRateCounter } from './rate-limit.ts';
import type { RateCounter } from './rate-limit.ts';

export const RATE_KEY_PREFIX = 'profgrid:ratelimit:';

// KEYS: the counter; ARGV: its lifetime in ms (the window, plus a margin for clock skew).
const HIT_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n
`;

const COMMAND_TIMEOUT_MS = 500;

export class RedisRateCounter implements RateCounter {
  readonly #redis: Redis;
  readonly #logger: Logger;
  readonly #fallback = new MemoryRateCounter();
  readonly #ready: Promise<void>;
  #degraded = false;

  constructor(redisUrl: string, logger: Logger) {
    this.#logger = logger;
    this.#redis = new Redis(redisUrl, {
      retryStrategy,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: 2 * COMMAND_TIMEOUT_MS,
    });
    this.#ready = new Promise((resolve) => {
      for (const event of ['ready', 'error', 'end']) this.#redis.once(event, () => resolve());
    });
    this.#redis.on('error', (err: unknown) => this.#degrade(err));
    this.#redis.on('ready', () => (this.#degraded = false));
  }

  async hit(key: string, windowStart: number, windowMs: number): Promise<number> {
    await this.#ready;
    if (this.#redis.status === 'ready') {
      const digest = createHash('sha256').update(key).digest('hex');
      try {
        const n = await this.#redis.eval(
          HIT_SCRIPT,
          1,
          `${RATE_KEY_PREFIX}${windowStart}:${digest}`,
          windowMs + 5_000,
        );
        return Number(n);
      } catch (err) {
        this.#degrade(err);
      }
    }
    return this.#fallback.hit(key, windowStart);
  }

  #degrade(err: unknown): void {
    if (this.#degraded) return;
    this.#degraded = true;
    this.#logger.warn('card rate limit: redis away, counting per instance', {
      error: err === null ? 'closed' : describeError(err),
    });
  }

  close(): Promise<void> {
    this.#redis.disconnect();
    return Promise.resolve();
  }
}
