// Builds the identity side of one server over its database (SQLite or PostgreSQL):
// users, sessions, login throttling (in memory, or the instances' shared one in Redis),
// the access policy, the audit log, the chair index
// and saved views, with one clock.
import { AuditLog } from '../audit/audit-log.ts';
import { ChairIndex } from '../registry/chair-index.ts';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import { ViewStore } from '../registry/view-store.ts';
import type { Sql } from '../store/sql.ts';
import { AccessPolicy } from './access-policy.ts';
import { AuthService } from './auth-service.ts';
import type { LoginThrottles } from './auth-service.ts';
import { memoryThrottle } from './login-throttle.ts';
import { ADDRESS_RULE, LOGIN_RULE, SUSPECT_RULE } from './throttle.ts';
import type { SessionLimits } from './session-store.ts';
import { SessionStore } from './session-store.ts';
import { UserStore } from './user-store.ts';

export interface AuthConfig {
  readonly session: SessionLimits;
  /** Exact allowed websocket origins; null = same host as the request. */
  readonly allowedOrigins: readonly string[] | null;
  readonly trustProxy: boolean;
}

export const DEFAULT_AUTH: AuthConfig = {
  session: { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 },
  allowedOrigins: null,
  trustProxy: false,
};

export interface Identity {
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly auth: AuthService;
  readonly access: AccessPolicy;
  readonly audit: AuditLog;
  readonly chairs: ChairIndex;
  readonly views: ViewStore;
}

export function createIdentity(
  sql: Sql,
  registry: SqlOrgRegistry,
  config: AuthConfig,
  now: () => number,
  onWriteError: (err: unknown) => void,
  throttles: LoginThrottles = {
    byLogin: memoryThrottle(LOGIN_RULE, now),
    byAddress: memoryThrottle(ADDRESS_RULE, now),
    suspects: memoryThrottle(SUSPECT_RULE, now),
  },
): Identity {
  const users = new UserStore(sql, now);
  const sessions = new SessionStore(sql, config.session, now);
  const audit = new AuditLog(sql, now, onWriteError);
  return {
    users,
    sessions,
    audit,
    auth: new AuthService(users, sessions, audit, throttles),
    access: new AccessPolicy(registry, users),
    chairs: new ChairIndex(sql, registry),
    views: new ViewStore(sql, now),
  };
}
