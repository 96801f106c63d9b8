// Login throttling shared through Redis: RedisThrottle keeps the rule of the
// in-memory Throttle (one table of cases runs against both), two instances on one Redis
// count one attacker once (also when they fail at the same moment), Redis holds no login
// text and nothing without a TTL, and while Redis is away logins are still answered from
// memory, shared again once it is back. Real Redis; fake clock; no sleeps.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoginThrottle } from '../src/auth/login-throttle.ts';
import { memoryThrottle } from '../src/auth/login-throttle.ts';
import { RedisThrottle, THROTTLE_KEY_PREFIX } from '../src/auth/redis-throttle.ts';
import type { ThrottleRule } from '../src/auth/throttle.ts';
import { createLogger, silentLogger } from '../src/log.ts';
import { freePort, startRedis } from './servers/real-servers.ts';
import type { RealServer } from './servers/real-servers.ts';

const RULE: ThrottleRule = {
  freeFailures: 3,
  windowMs: 60_000,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
};

let redis: RealServer;
let inspector: Redis;
const opened: LoginThrottle[] = [];
let clock = 1_800_000_000_000;
const now = () => clock;

beforeAll(async () => {
  redis = await startRedis();
  inspector = new Redis(redis.url, { maxRetriesPerRequest: 0, retryStrategy: () => 100 });
}, 30_000);

afterAll(async () => {
  for (const t of opened) await t.close?.();
  inspector?.disconnect();
  await redis?.destroy();
});

let keySeq = 0;
/** A key no other test touched (tests share the Redis server). */
const freshKey = (name = 'user') => `login:${name}-${++keySeq}@school.example`;

function redisThrottle(rule = RULE, logger = silentLogger): RedisThrottle {
  const t = new RedisThrottle(redis.url, rule, now, logger);
  opened.push(t);
  return t;
}

/** A logger whose lines are kept, and a promise for the next line with a given msg. */
function capturingLogger() {
  const lines: string[] = [];
  const waiters: { msg: string; resolve: () => void }[] = [];
  const logger = createLogger((line) => {
    lines.push(line);
    const msg = (JSON.parse(line) as { msg: string }).msg;
    for (const w of waiters.filter((w) => w.msg === msg)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  const next = (msg: string) => new Promise<void>((resolve) => waiters.push({ msg, resolve }));
  const count = (msg: string) => lines.filter((l) => l.includes(`"msg":"${msg}"`)).length;
  return { logger, lines, next, count };
}

type Step =
  { fail: number } | { advance: number } | { reset: true } | { wait: number; key?: 'other' };
interface Case {
  readonly rule: string;
  readonly steps: readonly Step[];
}

// Each `wait` step asserts waitMs (of the case's key, or of an untouched other key).
const CASES: readonly Case[] = [
  { rule: 'fewer failures than freeFailures do not block', steps: [{ fail: 2 }, { wait: 0 }] },
  {
    rule: 'the freeFailures-th failure blocks for baseDelayMs',
    steps: [{ fail: 3 }, { wait: 1000 }],
  },
  {
    rule: 'each further failure doubles the block up to maxDelayMs',
    steps: [
      { fail: 4 },
      { wait: 2000 },
      { fail: 1 },
      { wait: 4000 },
      { fail: 1 },
      { wait: 8000 },
      { fail: 1 },
      { wait: 8000 },
    ],
  },
  {
    rule: 'a block runs out: waitMs counts down to 0',
    steps: [{ fail: 3 }, { advance: 400 }, { wait: 600 }, { advance: 600 }, { wait: 0 }],
  },
  {
    rule: 'failures a full window old are forgotten',
    steps: [{ fail: 2 }, { advance: 60_000 }, { fail: 1 }, { wait: 0 }],
  },
  {
    rule: 'failures younger than the window still count',
    steps: [{ fail: 2 }, { advance: 59_999 }, { fail: 1 }, { wait: 1000 }],
  },
  {
    rule: 'reset clears the block and the count',
    steps: [{ fail: 3 }, { reset: true }, { wait: 0 }, { fail: 2 }, { wait: 0 }],
  },
  { rule: 'keys are independent', steps: [{ fail: 5 }, { wait: 0, key: 'other' }] },
];

const IMPLEMENTATIONS: readonly [string, () => LoginThrottle][] = [
  ['memoryThrottle', () => memoryThrottle(RULE, now)],
  ['RedisThrottle', () => redisThrottle()],
];

describe.each(IMPLEMENTATIONS)('%s keeps the Throttle rule', (_name, make) => {
  it.each(CASES)('$rule', async ({ steps }) => {
    const throttle = make();
    const key = freshKey();
    const other = freshKey('other');
    for (const step of steps) {
      if ('fail' in step) for (let i = 0; i < step.fail; i++) await throttle.fail(key);
      else if ('advance' in step) clock += step.advance;
      else if ('reset' in step) await throttle.reset(key);
      else expect(await throttle.waitMs(step.key === 'other' ? other : key)).toBe(step.wait);
    }
  });
});

describe('RedisThrottle shared by instances', () => {
  it('failures on two instances add up, and both see the block', async () => {
    const [a, b] = [redisThrottle(), redisThrottle()];
    const key = freshKey();
    for (let i = 0; i < 2; i++) await a.fail(key);
    expect([await a.waitMs(key), await b.waitMs(key)]).toEqual([0, 0]);
    await b.fail(key);
    expect([await a.waitMs(key), await b.waitMs(key)]).toEqual([1000, 1000]);
    await a.fail(key);
    expect([await a.waitMs(key), await b.waitMs(key)]).toEqual([2000, 2000]);
    await b.reset(key);
    expect([await a.waitMs(key), await b.waitMs(key)]).toEqual([0, 0]);
  });

  it('LOGIN_RULE-like: 5 failures on A and 1 on B double the block on both', async () => {
    const rule: ThrottleRule = {
      freeFailures: 5,
      windowMs: 900_000,
      baseDelayMs: 30_000,
      maxDelayMs: 900_000,
    };
    const [a, b] = [redisThrottle(rule), redisThrottle(rule)];
    const key = freshKey();
    for (let i = 0; i < 5; i++) await a.fail(key);
    expect(await b.waitMs(key)).toBe(30_000);
    await b.fail(key);
    expect([await a.waitMs(key), await b.waitMs(key)]).toEqual([60_000, 60_000]);
  });

  it('20 simultaneous failures from two instances are all counted', async () => {
    // With freeFailures 20 the 20th failure is the first to block: one lost → no block.
    const rule: ThrottleRule = {
      freeFailures: 20,
      windowMs: 60_000,
      baseDelayMs: 1000,
      maxDelayMs: 1_000_000,
    };
    const [a, b] = [redisThrottle(rule), redisThrottle(rule)];
    const key = freshKey();
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).fail(key)));
    expect([await a.waitMs(key), await b.waitMs(key)]).toEqual([1000, 1000]);
    await a.fail(key);
    expect(await b.waitMs(key)).toBe(2000);
  });

  it('Redis holds hashes only (no login text), every key with a TTL', async () => {
    await inspector.flushdb(); // only this test's keys from here on
    const t = redisThrottle();
    const key = 'login:ivanova.marina@school-17.example';
    for (let i = 0; i < 4; i++) await t.fail(key);
    await t.fail('addr:203.0.113.7');
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await inspector.scan(cursor, 'MATCH', '*', 'COUNT', 1000);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== '0');
    expect(keys).toHaveLength(3); // the login's failures and block, the address's failures
    for (const k of keys) {
      expect(k).toMatch(new RegExp(`^${THROTTLE_KEY_PREFIX}[0-9a-f]{64}:[fb]$`));
      const ttl = await inspector.pttl(k);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(Math.max(RULE.windowMs, RULE.maxDelayMs));
      const value = k.endsWith(':f')
        ? (await inspector.zrange(k, '0', '-1')).join(' ')
        : ((await inspector.get(k)) ?? '');
      expect(value).not.toMatch(/ivanova|school|203\.0\.113/);
    }
  });
});

describe('RedisThrottle while Redis is away', () => {
  it('answers from memory, logs the outage once without keys, and shares again after', async () => {
    const logA = capturingLogger();
    const logB = capturingLogger();
    const a = redisThrottle(RULE, logA.logger);
    const b = redisThrottle(RULE, logB.logger);
    const before = freshKey('before');
    await a.fail(before); // reaches Redis: proves both are connected first
    expect(await b.waitMs(before)).toBe(0);

    const degradedA = logA.next('login throttle degraded');
    await redis.kill();
    await degradedA;
    const key = freshKey('outage');
    for (let i = 0; i < 3; i++) await a.fail(key);
    expect(await a.waitMs(key)).toBe(1000); // memory fallback of A
    expect(await b.waitMs(key)).toBe(0); // B did not see A's failures: not shared meanwhile
    await b.reset(key);
    expect(logA.count('login throttle degraded')).toBe(1);
    for (const line of [...logA.lines, ...logB.lines])
      expect(line).not.toMatch(/school|outage|before/);

    const restored = [logA.next('login throttle restored'), logB.next('login throttle restored')];
    await redis.start();
    await Promise.all(restored);
    expect(await a.waitMs(key)).toBe(1000); // a block earned during the outage still holds
    const after = freshKey('after');
    for (let i = 0; i < 3; i++) await b.fail(after);
    expect(await a.waitMs(after)).toBe(1000);
    expect(logA.count('login throttle degraded')).toBe(1);
  }, 20_000);

  it('answers from memory when Redis is unreachable from the start', async () => {
    const log = capturingLogger();
    const degraded = log.next('login throttle degraded');
    const t = new RedisThrottle(`redis://127.0.0.1:${await freePort()}`, RULE, now, log.logger);
    opened.push(t);
    const key = freshKey();
    for (let i = 0; i < 3; i++) await t.fail(key);
    expect(await t.waitMs(key)).toBe(1000);
    await degraded;
    expect(log.count('login throttle degraded')).toBe(1);
  });
});
