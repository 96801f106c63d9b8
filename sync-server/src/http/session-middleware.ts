// Hono middleware factory: requires a live session (pg_session cookie) and puts it in
// c.var.session, its user in c.var.user and the user's access (grants as of this request)
// in c.var.access; otherwise 401 'unauthenticated'. Routes after it may rely on them.
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from './api-context.ts';
import { apiError } from './api-error.ts';
import type { AccessPolicy } from '../auth/access-policy.ts';
import type { AuthService } from '../auth/auth-service.ts';
import { readCookie } from '../auth/cookies.ts';

export function requireSession(auth: AuthService, access: AccessPolicy): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const signedIn = await auth.session(readCookie(c.req.header('cookie')));
    if (!signedIn) return apiError(c, 401, 'unauthenticated', 'login required');
    c.set('session', signedIn.session);
    c.set('user', signedIn.user);
    c.set('access', access.of(signedIn.user.roles));
    await next();
  };
}
