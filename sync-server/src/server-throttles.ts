// The login throttles of a server: shared by every instance through Redis when there is
// one (auth/redis-throttle.ts), else in this process's memory.
import type { LoginThrottles } from './auth/auth-service.ts';
import { memoryThrottle } from './auth/login-throttle.ts';
import { RedisThrottle } from './auth/redis-throttle.ts';
import { ADDRESS_RULE, LOGIN_RULE, SUSPECT_RULE } from './auth/throttle.ts';
import type { ThrottleRule } from './auth/throttle.ts';
import type { ServerConfig } from './config.ts';
import type { Logger } from './log.ts';

/** Login throttles: shared by every instance through Redis when there is one. */
export function loginThrottles(
  config: ServerConfig,
  now: () => number,
  logger: Logger,
): LoginThrottles {
  const { redisUrl } = config;
  const make = (rule: ThrottleRule) =>
    redisUrl ? new RedisThrottle(redisUrl, rule, now, logger) : memoryThrottle(rule, now);
  return { byLogin: make(LOGIN_RULE), byAddress: make(ADDRESS_RULE), suspects: make(SUSPECT_RULE) };
}

export const closeThrottles = async (t: LoginThrottles) => {
  await Promise.all([t.byLogin.close?.(), t.byAddress.close?.(), t.suspects.close?.()]);
};
