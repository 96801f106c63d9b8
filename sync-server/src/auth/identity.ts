// Builds the identity side of one server over its database: users, sessions, login
// throttling, the access policy, the audit log and the chair index, with one clock.
import type { DatabaseSync } from 'node:sqlite';
import { AuditLog } from '../audit/audit-log.ts';
import { ChairIndex } from '../registry/chair-index.ts';
import type { SqliteOrgRegistry } from '../registry/org-registry.ts';
import { ViewStore } from '../registry/view-store.ts';
import { AccessPolicy } from './access-policy.ts';
import { AuthService } from './auth-service.ts';
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
  db: DatabaseSync,
  registry: SqliteOrgRegistry,
  config: AuthConfig,
  now: () => number,
): Identity {
  const users = new UserStore(db, now);
  const sessions = new SessionStore(db, config.session, now);
  const audit = new AuditLog(db, now);
  return {
    users,
    sessions,
    audit,
    auth: new AuthService(users, sessions, audit, now),
    access: new AccessPolicy(registry, users),
    chairs: new ChairIndex(db, registry),
    views: new ViewStore(db, now),
  };
}
