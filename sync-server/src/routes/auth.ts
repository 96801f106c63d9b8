// POST /auth/login {login,password} → 200 Me + pg_session cookie; 401 bad-credentials
// (identical for every cause); 429 throttled with retryAfterSeconds.
// POST /auth/logout ends the session on the server and clears the cookie (always 204).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { parseLoginRequest } from '@profgrid/core';
import type { Me } from '@profgrid/core';
import {
  clearedSessionCookie,
  isSecureRequest,
  readCookie,
  sessionCookie,
} from '../auth/cookies.ts';
import type { ApiContext } from '../http/api-context.ts';
import { apiError } from '../http/api-error.ts';
import { badBody, parsedBody } from '../http/parsed-body.ts';

export function clientAddress(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return forwarded || env?.incoming?.socket?.remoteAddress || 'unknown';
}

export function authRoutes(ctx: ApiContext): Hono {
  const secure = (c: Context) =>
    isSecureRequest(c.req.url, c.req.header('x-forwarded-proto'), ctx.trustProxy);
  return new Hono()
    .post('/login', async (c) => {
      const body = await parsedBody(c, parseLoginRequest);
      if (!body.ok) return badBody(c, body);
      const { login, password } = body.value;
      if (login.length > 200 || password.length > 1024) {
        return apiError(c, 401, 'bad-credentials', 'wrong login or password');
      }
      const result = await ctx.auth.login(login, password, clientAddress(c, ctx.trustProxy));
      if (!result.ok && result.code === 'throttled') {
        return apiError(
          c,
          429,
          'throttled',
          'too many attempts, try later',
          result.retryAfterSeconds,
        );
      }
      if (!result.ok) return apiError(c, 401, 'bad-credentials', 'wrong login or password');
      c.header('Set-Cookie', sessionCookie(result.sessionId, secure(c)));
      c.header('Cache-Control', 'no-store');
      const me: Me = {
        id: result.user.id,
        login: result.user.login,
        displayName: result.user.displayName,
        roles: result.user.roles,
      };
      return c.json(me);
    })
    .post('/logout', async (c) => {
      const signedIn = await ctx.auth.session(readCookie(c.req.header('cookie')));
      if (signedIn) {
        await ctx.auth.logout(signedIn.session);
        ctx.sessionsEnded();
      }
      c.header('Set-Cookie', clearedSessionCookie(secure(c)));
      return c.body(null, 204);
    });
}
