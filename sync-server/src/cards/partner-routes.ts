// Discount partners of a committee, mounted at /api/orgs behind the session (full paths
// below). A committee (an organization above the primary level) keeps its list; its
// editors and admins change it and give partners accounts; any role on it reads the list
// and the check counts of its subtree (counts only). The admins' list of partner logins
// is partner-login-routes.ts; what a partner account itself calls is partner-check-routes.ts.
//   GET    /orgs/:orgId/partners                         Partner[] of this committee
//   POST   /orgs/:orgId/partners  PartnerFields          201 Partner
//   PUT    /orgs/:orgId/partners/:id  PartnerFields      Partner
//   DELETE /orgs/:orgId/partners/:id                     204
//   GET    /orgs/:orgId/partners/:id/accounts            PartnerAccount[]
//   POST   /orgs/:orgId/partners/:id/accounts {login, displayName, password}
//                                                        201 — a user with no organization
//                                                        role who checks cards for it
//   DELETE /orgs/:orgId/partners/:id/accounts/:userId    204 (the user is disabled)
//   GET    /orgs/:orgId/partner-stats                    PartnerStats: checks per partner and
//                                                        month for the committees of the subtree
import type { Context } from 'hono';
import { Hono } from 'hono';
import { parsePartnerFields, ruCollator } from '@profgrid/core';
import type { OrgLevel, PartnerStats } from '@profgrid/core';
import { parsePartnerAccountRequest } from '@profgrid/core/cards';
import { checkPassword } from '../auth/password-policy.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { jsonBody } from '../http/api-context.ts';
import { apiError, badRequest, notFound } from '../http/api-error.ts';
import type { CardService } from './card-service.ts';

const COMMITTEE_LEVELS: readonly OrgLevel[] = ['central', 'regional', 'okrug', 'local'];

export function partnerRoutes(ctx: ApiContext, cards: CardService | undefined): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  if (!cards) return app;
  const partners = cards.partners;
  const orgId = (c: Context<ApiEnv>) => c.req.param('orgId') ?? '';
  const isCommittee = (id: string) => {
    const level = ctx.registry.get(id)?.level;
    return level !== undefined && COMMITTEE_LEVELS.includes(level);
  };
  const reads = (c: Context<ApiEnv>) =>
    isCommittee(orgId(c)) && c.var.access.roleOn(orgId(c)) !== null;
  const edits = (c: Context<ApiEnv>) =>
    isCommittee(orgId(c)) && c.var.access.can(orgId(c), 'editor');
  /** The partner of the path when it belongs to the path's committee. */
  const partnerOfPath = async (c: Context<ApiEnv>) => {
    const p = await partners.get(c.req.param('id') ?? '');
    return p && p.orgId === orgId(c) ? p : undefined;
  };
  const now = () => Date.now();

  return app
    .get('/:orgId/partners', async (c) => {
      if (!reads(c)) return notFound(c, 'organization');
      const list = await partners.list([orgId(c)]);
      return c.json(list.sort((a, b) => ruCollator.compare(a.name, b.name)));
    })
    .post('/:orgId/partners', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      const fields = parsePartnerFields(await jsonBody(c));
      if (typeof fields === 'string') return badRequest(c, fields);
      return c.json(await partners.create(orgId(c), fields, now()), 201);
    })
    .put('/:orgId/partners/:id', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      const p = await partnerOfPath(c);
      if (!p) return notFound(c, 'partner');
      const fields = parsePartnerFields(await jsonBody(c));
      if (typeof fields === 'string') return badRequest(c, fields);
      await partners.update(p.id, fields, now());
      return c.json({ ...fields, id: p.id, orgId: p.orgId });
    })
    .delete('/:orgId/partners/:id', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      const p = await partnerOfPath(c);
      if (!p) return notFound(c, 'partner');
      for (const a of await partners.accounts(p.id)) await disable(a.userId);
      await partners.remove(p.id);
      return c.body(null, 204);
    })
    .get('/:orgId/partners/:id/accounts', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      const p = await partnerOfPath(c);
      if (!p) return notFound(c, 'partner');
      return c.json(await partners.accounts(p.id));
    })
    .post('/:orgId/partners/:id/accounts', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      const p = await partnerOfPath(c);
      if (!p) return notFound(c, 'partner');
      const body = parsePartnerAccountRequest(await jsonBody(c));
      if (!body.ok) return badRequest(c, body.message);
      const { login, displayName, password } = body.value;
      const verdict = checkPassword(password, login);
      if (!verdict.ok) return apiError(c, 400, 'weak-password', verdict.message);
      if (await ctx.users.byLogin(login)) return apiError(c, 409, 'conflict', 'login is taken');
      const user = await ctx.users.create({
        login,
        displayName,
        passwordHash: await hashPassword(password),
      });
      await partners.link(user.id, p.id);
      await ctx.audit.record({
        action: 'user-create',
        userId: c.var.user.id,
        orgId: orgId(c),
        detail: `target=${user.login} kind=partner`,
      });
      return c.json({ userId: user.id, login: user.login, displayName: user.displayName }, 201);
    })
    .delete('/:orgId/partners/:id/accounts/:userId', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      const p = await partnerOfPath(c);
      const userId = c.req.param('userId');
      if (!p || !(await partners.unlink(userId, p.id))) return notFound(c, 'account');
      await disable(userId);
      return c.body(null, 204);
    })
    .get('/:orgId/partner-stats', async (c) => {
      if (!reads(c)) return notFound(c, 'organization');
      const root = orgId(c);
      const committees = ctx.registry
        .list()
        .filter(
          (o) =>
            COMMITTEE_LEVELS.includes(o.level) &&
            (o.id === root || ctx.registry.ancestorsOf(o.id).includes(root)),
        )
        .map((o) => o.id);
      const list = await partners.list(committees);
      const months = await partners.months(list.map((p) => p.id));
      const body: PartnerStats = {
        partners: list
          .sort((a, b) => ruCollator.compare(a.name, b.name))
          .map((p) => ({ id: p.id, name: p.name, months: months.get(p.id) ?? [] })),
      };
      return c.json(body);
    });

  async function disable(userId: string): Promise<void> {
    const user = await ctx.users.get(userId);
    // only an account that checks cards and nothing else is disabled with its partner
    if (!user || user.roles.length > 0) return;
    await ctx.users.update(userId, { disabled: true });
    await ctx.sessions.endAllOf(userId);
    ctx.sessionsEnded();
  }
}
