// Hono middleware factory: requires a live session (pg_session cookie) and puts it in
// c.var.session; otherwise 401 'unauthenticated'. Routes after it may rely on it.
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../routes/api-context.ts';
import { apiError } from '../routes/api-error.ts';
import type { AuthService } from './auth-service.ts';
import { readCookie } from './cookies.ts';

export function requireSession(auth: AuthService): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const session = auth.session(readCookie(c.req.header('cookie')));
    if (!session) return apiError(c, 401, 'unauthenticated', 'login required');
    c.set('session', session);
    await next();
  };
}
