// Partner logins for the users page, mounted at /api/partner-logins behind the session:
//   GET    /partner-logins                  PartnerLogin[]: logins of the partners of
//                                           committees the caller administers
//   PATCH  /partner-logins/:userId {disabled}  204 — such a login disabled (its sessions
//                                           end) or enabled again
import { Hono } from 'hono';
import { parsePartnerLoginPatch } from '@profgrid/core/cards';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { jsonBody } from '../http/api-context.ts';
import { badRequest, notFound } from '../http/api-error.ts';
import type { CardService } from './card-service.ts';

export function partnerLoginRoutes(ctx: ApiContext, cards: CardService | undefined): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  if (!cards) return app;
  const partners = cards.partners;
  return app
    .get('/', async (c) => {
      const mine = (await partners.logins()).filter((l) => c.var.access.can(l.orgId, 'admin'));
      c.header('Cache-Control', 'no-store');
      return c.json(mine);
    })
    .patch('/:userId', async (c) => {
      const userId = c.req.param('userId');
      const login = (await partners.logins()).find((l) => l.userId === userId);
      if (!login || !c.var.access.can(login.orgId, 'admin')) return notFound(c, 'account');
      const body = parsePartnerLoginPatch(await jsonBody(c));
      if (!body.ok) return badRequest(c, body.message);
      const user = await ctx.users.get(userId);
      // a login that also holds organization roles is managed on the users page itself
      if (!user || user.roles.length > 0) return notFound(c, 'account');
      await ctx.users.update(userId, { disabled: body.value.disabled });
      if (body.value.disabled) {
        await ctx.sessions.endAllOf(userId);
        ctx.sessionsEnded();
      }
      await ctx.audit.record({
        action: 'user-update',
        userId: c.var.user.id,
        orgId: login.orgId,
        detail: `target=${login.login} kind=partner disabled=${body.value.disabled}`,
      });
      return c.body(null, 204);
    });
}
