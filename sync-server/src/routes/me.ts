// GET /me → Me of the session; POST /me/password {currentPassword, password} changes
// one's own password (policy applies; other sessions of the user end).
import { Hono } from 'hono';
import { parseOwnPasswordRequest } from '@profgrid/core';
import type { Me } from '@profgrid/core';
import { checkPassword } from '../auth/password-policy.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { apiError } from '../http/api-error.ts';
import { badBody, parsedBody } from '../http/parsed-body.ts';

export function meRoutes(ctx: ApiContext): Hono<ApiEnv> {
  return new Hono<ApiEnv>()
    .get('/', (c) => {
      const user = c.var.user;
      const me: Me = {
        id: user.id,
        login: user.login,
        displayName: user.displayName,
        roles: user.roles,
      };
      c.header('Cache-Control', 'no-store');
      return c.json(me);
    })
    .post('/password', async (c) => {
      const body = await parsedBody(c, parseOwnPasswordRequest);
      if (!body.ok) return badBody(c, body);
      const { currentPassword, password } = body.value;
      const user = c.var.user;
      const current = await ctx.auth.verifyCurrent(user, currentPassword);
      if (typeof current === 'object') {
        const { retryAfterSeconds } = current;
        return apiError(c, 429, 'throttled', 'too many attempts, try later', retryAfterSeconds);
      }
      if (current === 'wrong') return apiError(c, 403, 'forbidden', 'current password is wrong');
      const verdict = checkPassword(password, user.login);
      if (!verdict.ok) return apiError(c, 400, 'weak-password', verdict.message);
      await ctx.users.update(user.id, { passwordHash: await hashPassword(password) });
      await ctx.sessions.endAllOf(user.id, c.var.session.key);
      ctx.sessionsEnded();
      return c.body(null, 204);
    });
}
