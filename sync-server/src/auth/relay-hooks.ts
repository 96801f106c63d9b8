// The session-based AccessHooks of the relay: Origin allow-list (auth/origin.ts), the
// pg_session cookie on the upgrade (401 without a live session), authorize() by the
// user's effective role on the document's organization (viewer → read, editor/admin →
// write, no role → deny), and liveSessions() (one query for every open socket's session)
// for the periodic sweep.
import { sessionKeyOf } from '../relay/hooks.ts';
import type { AccessHooks, Principal } from '../relay/hooks.ts';
import type { AccessPolicy } from './access-policy.ts';
import type { AuthService } from './auth-service.ts';
import { readCookie } from './cookies.ts';
import { originAllowed } from './origin.ts';
import type { SessionStore } from './session-store.ts';
import type { UserStore } from './user-store.ts';

export interface SessionHooksOptions {
  readonly auth: AuthService;
  readonly sessions: SessionStore;
  readonly users: UserStore;
  readonly access: AccessPolicy;
  /** Exact origins allowed; null = the request's own Host over http/https. */
  readonly allowedOrigins: readonly string[] | null;
}

const header = (v: string | string[] | undefined): string | undefined =>
  Array.isArray(v) ? v[0] : v;

export function sessionHooks(options: SessionHooksOptions): AccessHooks {
  return {
    originAllowed: (request) =>
      originAllowed(
        header(request.headers['origin']),
        header(request.headers['host']),
        options.allowedOrigins,
      ),
    async authenticate(request): Promise<Principal | null> {
      const signedIn = await options.auth.session(readCookie(header(request.headers['cookie'])));
      return signedIn ? { id: signedIn.user.id, session: signedIn.session.key } : null;
    },
    authorize: (principal, docName) => options.access.docAccess(principal.id, docName),
    async liveSessions(principals) {
      const keys = principals.flatMap((p) => (p.session ? [p.session] : []));
      const live = await options.sessions.liveOf(keys);
      return new Set(
        principals.filter((p) => p.session && live.get(p.session) === p.id).map(sessionKeyOf),
      );
    },
  };
}
