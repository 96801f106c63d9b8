// What the REST routes share: the registry, identity stores, policy, audit and the
// chair index, plus the relay callbacks that make access changes reach live sockets.
import type { Context } from 'hono';
import type { AuditLog } from '../audit/audit-log.ts';
import type { AccessPolicy, UserAccess } from '../auth/access-policy.ts';
import type { AuthService } from '../auth/auth-service.ts';
import type { SessionInfo, SessionStore } from '../auth/session-store.ts';
import type { StoredUser, UserStore } from '../auth/user-store.ts';
import type { ChairIndex } from '../registry/chair-index.ts';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import type { ViewStore } from '../registry/view-store.ts';

export interface ApiContext {
  readonly registry: SqlOrgRegistry;
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly auth: AuthService;
  readonly access: AccessPolicy;
  readonly audit: AuditLog;
  readonly chairs: ChairIndex;
  /** Saved grid views per user and organization. */
  readonly views: ViewStore;
  /** Honour X-Forwarded-Proto / X-Forwarded-For (TRUST_PROXY=1). */
  readonly trustProxy: boolean;
  /** Someone's access changed (undefined: anyone's, e.g. a move): re-authorize sockets. */
  accessChanged(userId?: string): void;
  /** Sessions ended: close the sockets of dead sessions. */
  sessionsEnded(): void;
}

export type ApiEnv = {
  Variables: { session: SessionInfo; user: StoredUser; access: UserAccess };
};

/** JSON body of the request, or undefined when it is not JSON. */
export async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
