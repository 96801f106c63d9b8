// Discount partners (session required). A committee (an organization above the primary
// level) keeps its list; its editors and admins change it and give partners accounts; any
// role on it reads the list and the check counts of its subtree (counts only).
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
//   GET    /partner-logins                               PartnerLogin[]: logins of the partners
//                                                        of committees the caller administers
//   PATCH  /partner-logins/:userId {disabled}            204 — such a login disabled (its
//                                                        sessions end) or enabled again
// A partner account (role `partner`: linked in partner_accounts, no organization roles);
// while its partner is suspended it is no partner here (404s, checks like any visitor):
//   GET    /partner/me                                   PartnerMe (404: not a partner)
//   POST   /partner/checks {events}                      204 — checks made on /check, counts
//   POST   /partner/check-number {number}                {status, initials} — a number typed
//                                                        on /check: counted and audited here
//                                                        like a scanned QR's report
//   POST   /partner/card-holder {number}                 CardHolder {initials} of a live card
//                                                        of the partner's region, else 404
//                                                        (the number in the body, never the URL)
import type { Context } from 'hono';
import { Hono } from 'hono';
import { randomBytes } from 'node:crypto';
import { parseCheckEvents, parsePartnerFields, ruCollator } from '@profgrid/core';
import type { OrgLevel, PartnerStats } from '@profgrid/core';
import {
  parseCheckNumberRequest,
  parsePartnerAccountRequest,
  parsePartnerLoginPatch,
} from '@profgrid/core/cards';
import type { CardHolder, PartnerNumberCheck } from '@profgrid/core/cards';
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
  /** The partner a signed-in account checks cards for, unless it is suspended. */
  const activePartnerOf = async (userId: string) => {
    const p = await partners.partnerOf(userId);
    return p && !p.suspended ? p : undefined;
  };

  return app
    .get('/orgs/:orgId/partners', async (c) => {
      if (!reads(c)) return notFound(c, 'organization');
      const list = await partners.list([orgId(c)]);
      return c.json(list.sort((a, b) => ruCollator.compare(a.name, b.name)));
    })
    .post('/orgs/:orgId/partners', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      const fields = parsePartnerFields(await jsonBody(c));
      if (typeof fields === 'string') return badRequest(c, fields);
      return c.json(await partners.create(orgId(c), fields, now()), 201);
    })
    .put('/orgs/:orgId/partners/:id', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      const p = await partnerOfPath(c);
      if (!p) return notFound(c, 'partner');
      const fields = parsePartnerFields(await jsonBody(c));
      if (typeof fields === 'string') return badRequest(c, fields);
      await partners.update(p.id, fields, now());
      return c.json({ ...fields, id: p.id, orgId: p.orgId });
    })
    .delete('/orgs/:orgId/partners/:id', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      const p = await partnerOfPath(c);
      if (!p) return notFound(c, 'partner');
      for (const a of await partners.accounts(p.id)) await disable(a.userId);
      await partners.remove(p.id);
      return c.body(null, 204);
    })
    .get('/orgs/:orgId/partners/:id/accounts', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      const p = await partnerOfPath(c);
      if (!p) return notFound(c, 'partner');
      return c.json(await partners.accounts(p.id));
    })
    .post('/orgs/:orgId/partners/:id/accounts', async (c) => {
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
        detail: `target=${user.login} partner`,
      });
      return c.json({ userId: user.id, login: user.login, displayName: user.displayName }, 201);
    })
    .delete('/orgs/:orgId/partners/:id/accounts/:userId', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      const p = await partnerOfPath(c);
      const userId = c.req.param('userId');
      if (!p || !(await partners.unlink(userId, p.id))) return notFound(c, 'account');
      await disable(userId);
      return c.body(null, 204);
    })
    .get('/orgs/:orgId/partner-stats', async (c) => {
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
    })
    .get('/partner-logins', async (c) => {
      const mine = (await partners.logins()).filter((l) => c.var.access.can(l.orgId, 'admin'));
      c.header('Cache-Control', 'no-store');
      return c.json(mine);
    })
    .patch('/partner-logins/:userId', async (c) => {
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
        detail: `target=${login.login} partner disabled=${body.value.disabled}`,
      });
      return c.body(null, 204);
    })
    .get('/partner/me', async (c) => {
      const partner = await activePartnerOf(c.var.user.id);
      if (!partner) return notFound(c, 'partner');
      const months = (await partners.months([partner.id])).get(partner.id) ?? [];
      return c.json({ partner, months });
    })
    .post('/partner/checks', async (c) => {
      const partner = await activePartnerOf(c.var.user.id);
      if (!partner) return notFound(c, 'partner');
      const events = parseCheckEvents(await jsonBody(c));
      if (typeof events === 'string') return badRequest(c, events);
      await partners.recordChecks(partner.id, events);
      return c.body(null, 204);
    })
    .post('/partner/check-number', async (c) => {
      const partner = await activePartnerOf(c.var.user.id);
      if (!partner) return notFound(c, 'partner');
      const body = parseCheckNumberRequest(await jsonBody(c));
      if (!body.ok) return badRequest(c, body.message);
      const at = now();
      const status = await cards.status(body.value.number);
      const valid = status === 'valid';
      const id = randomBytes(16).toString('hex');
      await partners.recordChecks(partner.id, [{ id, at, valid }]);
      await ctx.audit.record({
        action: 'card-check-number',
        userId: c.var.user.id,
        orgId: partner.orgId,
        detail: `status=${status}`,
      });
      const initials = valid ? await cards.holderInitials(body.value.number, partner.orgId) : null;
      c.header('Cache-Control', 'no-store');
      return c.json({ status, initials } satisfies PartnerNumberCheck);
    })
    .post('/partner/card-holder', async (c) => {
      const partner = await activePartnerOf(c.var.user.id);
      if (!partner) return notFound(c, 'partner');
      const body = parseCheckNumberRequest(await jsonBody(c));
      if (!body.ok) return badRequest(c, body.message);
      const initials = await cards.holderInitials(body.value.number, partner.orgId);
      c.header('Cache-Control', 'no-store');
      if (initials === null) return notFound(c, 'card');
      return c.json({ initials } satisfies CardHolder);
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
