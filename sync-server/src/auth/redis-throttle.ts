// Login throttling shared by every relay instance on one Redis: the rule of
// `Throttle` (throttle.ts) kept in Redis, so guesses spread over N instances count once.
// Per key: a sorted set of failure times (`…:f`, expires a window after the last failure)
// and the block's end (`…:b`, expires when the block does); one Lua script per failure
// prunes, adds, counts and sets the block atomically, so simultaneous failures on two
// instances are both counted. The clock is the injected `now()`, passed into the script
// (never Redis TIME), so tests run on a fake clock. Keys are SHA-256 hashes of the caller's
// key: no login or address is stored in Redis or can appear in its errors.
// Redis away: every method answers from an in-memory `Throttle` instead (logged once per
// outage, without keys) and never throws or waits on reconnects; blocks earned meanwhile
// are still honoured when Redis is back (waitMs takes the larger of both).
import { createHash, randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { retryStrategy } from '../cluster/redis-link.ts';
import { describeError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { Throttle } from './throttle.ts';
import type { ThrottleRule } from './throttle.ts';

export const THROTTLE_KEY_PREFIX = 'profgrid:throttle:';

/** The Redis key stem of a caller's key: prefix + SHA-256 hex (no login text). */
export function throttleKeyStem(key: string): string {
  return THROTTLE_KEY_PREFIX + createHash('sha256').update(key).digest('hex');
}

// KEYS: failures (sorted set, score = time), blockedUntil (string).
// ARGV: now, windowMs, freeFailures, baseDelayMs, maxDelayMs, unique member.
// Same arithmetic as Throttle.fail: failures with now - t >= window are forgotten.
const FAIL_SCRIPT = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.0f', now - window))
redis.call('ZADD', KEYS[1], string.format('%.0f', now), ARGV[6])
redis.call('PEXPIRE', KEYS[1], window)
local over = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[3])
if over >= 0 then
  local delay = math.min(tonumber(ARGV[5]), tonumber(ARGV[4]) * 2 ^ math.min(over, 20))
  if delay > 0 then
    redis.call('SET', KEYS[2], string.format('%.0f', now + delay), 'PX', string.format('%.0f', delay))
  end
end
return over
`;

/** A command or connection slower than this counts as Redis being away. */
const COMMAND_TIMEOUT_MS = 1000;

export class RedisThrottle implements LoginThrottle {
  readonly #redis: Redis;
  readonly #rule: ThrottleRule;
  readonly #now: () => number;
  readonly #logger: Logger;
  /** Answers while Redis is away; its blocks are still honoured after. */
  readonly #fallback: Throttle;
  /** Settles when the first connection attempt did (ready or failed). */
  readonly #firstAttempt: Promise<void>;
  #degraded = false;
  #closed = false;

  constructor(redisUrl: string, rule: ThrottleRule, now: () => number, logger: Logger) {
    this.#rule = rule;
    this.#now = now;
    this.#logger = logger;
    this.#fallback = new Throttle(rule, now);
    this.#redis = new Redis(redisUrl, {
      retryStrategy,
      // Never queue while Redis is away: answer from memory at once instead.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      // A failure already counted in memory must not be replayed into Redis later.
      autoResendUnfulfilledCommands: false,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: 2 * COMMAND_TIMEOUT_MS,
    });
    this.#firstAttempt = new Promise((resolve) => {
      for (const event of ['ready', 'error', 'end']) this.#redis.once(event, () => resolve());
    });
    this.#redis.on('error', (err: unknown) => this.#degrade(err));
    this.#redis.on('close', () => this.#degrade(null));
    this.#redis.on('ready', () => this.#restore());
  }

  async waitMs(key: string): Promise<number> {
    const local = this.#fallback.waitMs(key);
    const until = await this.#shared(() => this.#redis.get(`${throttleKeyStem(key)}:b`));
    if (until === undefined) return local;
    return Math.max(local, until === null ? 0 : Number(until) - this.#now());
  }

  async fail(key: string): Promise<void> {
    const stem = throttleKeyStem(key);
    const rule = this.#rule;
    const done = await this.#shared(() =>
      this.#redis.eval(
        FAIL_SCRIPT,
        2,
        `${stem}:f`,
        `${stem}:b`,
        this.#now(),
        rule.windowMs,
        rule.freeFailures,
        rule.baseDelayMs,
        rule.maxDelayMs,
        randomBytes(8).toString('hex'),
      ),
    );
    if (done === undefined) this.#fallback.fail(key);
  }

  async reset(key: string): Promise<void> {
    this.#fallback.reset(key);
    const stem = throttleKeyStem(key);
    await this.#shared(() => this.#redis.del(`${stem}:f`, `${stem}:b`));
  }

  close(): Promise<void> {
    this.#closed = true;
    this.#redis.disconnect();
    return Promise.resolve();
  }

  /** Runs `command` against Redis; undefined when Redis is away (then memory answers). */
  async #shared<T>(command: () => Promise<T>): Promise<T | undefined> {
    await this.#firstAttempt;
    if (this.#closed || this.#redis.status !== 'ready') {
      this.#degrade(null);
      return undefined;
    }
    try {
      const result = await command();
      this.#restore();
      return result;
    } catch (err) {
      this.#degrade(err);
      return undefined;
    }
  }

  #degrade(err: unknown): void {
    if (this.#degraded || this.#closed) return;
    this.#degraded = true;
    this.#logger.warn('login throttle degraded', err ? { error: describeError(err) } : {});
  }

  #restore(): void {
    if (!this.#degraded || this.#closed) return;
    this.#degraded = false;
    this.#logger.info('login throttle restored', {});
  }
}
