// Cards of an organization, mounted at /api/orgs behind the session (full paths below;
// editors and admins of the organization):
//   GET    /orgs/:orgId/cards                    {cards: IssuedCard[]} — live cards
//   POST   /orgs/:orgId/cards {memberIds, reissue?}  IssuedCard[] (issues or returns)
//   POST   /orgs/:orgId/cards/:number/revoke     204 (a committee's decision)
//   POST   /orgs/:orgId/cards/:number/link       {token, path} — a new personal link
//   DELETE /orgs/:orgId/cards/:number/link       204 — every link of that card revoked
//   GET    /orgs/:orgId/card-region                {region: 1–99 | null} — the two digits card
//                                                numbers of a regional organization begin
//                                                with (any role on it)
//   PUT    /orgs/:orgId/card-region {region}       its admins set it (01–99, unique among
//                                                regions: 409 card-region-taken) or clear it
//   GET    /orgs/:orgId/card-stats               CardStats: live cards per organization of
//                                                the subtree, live and revoked per direct
//                                                child's subtree and in all (any role: counts)
import type { Context } from 'hono';
import { Hono } from 'hono';
import { normalizeCardNumber } from '@profgrid/core';
import type { CardStats } from '@profgrid/core';
import { parseCardRegionRequest, parseIssueCardsRequest } from '@profgrid/core/cards';
import type { CardRegionSetting } from '@profgrid/core/cards';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { jsonBody } from '../http/api-context.ts';
import { apiError, badRequest, notFound } from '../http/api-error.ts';
import type { CardService } from './card-service.ts';
import { toIssued } from './card-service.ts';

export function cardRoutes(ctx: ApiContext, cards: CardService | undefined): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  if (!cards) return app;
  const role = (c: Context<ApiEnv>) => c.var.access.roleOn(c.req.param('orgId') ?? '');
  const edits = (c: Context<ApiEnv>) => {
    const r = role(c);
    return r === 'admin' || r === 'editor';
  };
  const audit = (
    c: Context<ApiEnv>,
    action: 'cards-issue' | 'card-revoke' | 'card-link-create',
    detail: string,
  ) =>
    ctx.audit.record({
      action,
      userId: c.var.user.id,
      orgId: c.req.param('orgId') ?? null,
      detail,
    });
  return app
    .get('/:orgId/cards', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      c.header('Cache-Control', 'no-store');
      return c.json({ cards: (await cards.store.live(c.req.param('orgId'))).map(toIssued) });
    })
    .post('/:orgId/cards', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      const body = parseIssueCardsRequest(await jsonBody(c));
      if (!body.ok) return badRequest(c, body.message);
      const { memberIds: ids, reissue = false } = body.value;
      const result = await cards.issue(c.req.param('orgId'), ids, { reissue, by: c.var.user.id });
      if (!result.ok && result.code === 'unknown-members') {
        return badRequest(c, `${result.count} member(s) not on this organization's register`);
      }
      if (!result.ok) {
        return apiError(
          c,
          409,
          'card-region-missing',
          'the regional organization has no card region code',
        );
      }
      await audit(c, 'cards-issue', `count=${ids.length}${reissue ? ' reissue' : ''}`);
      return c.json(result.cards);
    })
    .post('/:orgId/cards/:number/revoke', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      const number = normalizeCardNumber(c.req.param('number'));
      const card = number ? await cards.store.byNumber(number) : undefined;
      if (!card || card.orgId !== c.req.param('orgId')) return notFound(c, 'card');
      await cards.revoke([card.number], 'decision');
      await audit(c, 'card-revoke', card.number);
      return c.body(null, 204);
    })
    .post('/:orgId/cards/:number/link', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      const number = normalizeCardNumber(c.req.param('number'));
      const token = number
        ? await cards.createLink(c.req.param('orgId'), number, c.var.user.id)
        : null;
      if (!token) return notFound(c, 'card');
      await audit(c, 'card-link-create', number!);
      c.header('Cache-Control', 'no-store');
      return c.json({ token, path: `/card#${token}` });
    })
    .delete('/:orgId/cards/:number/link', async (c) => {
      if (!edits(c)) return notFound(c, 'organization');
      const number = normalizeCardNumber(c.req.param('number'));
      if (!number || !(await cards.revokeLinks(c.req.param('orgId'), number))) {
        return notFound(c, 'card');
      }
      return c.body(null, 204);
    })
    .get('/:orgId/card-region', async (c) => {
      const orgId = c.req.param('orgId');
      if (role(c) === null || ctx.registry.get(orgId)?.level !== 'regional') {
        return notFound(c, 'organization');
      }
      const body: CardRegionSetting = { region: (await cards.store.regionCode(orgId)) ?? null };
      return c.json(body);
    })
    .put('/:orgId/card-region', async (c) => {
      const orgId = c.req.param('orgId');
      if (role(c) !== 'admin' || ctx.registry.get(orgId)?.level !== 'regional') {
        return notFound(c, 'organization');
      }
      const body = parseCardRegionRequest(await jsonBody(c));
      if (!body.ok) return badRequest(c, body.message);
      const { region } = body.value;
      if (!(await cards.store.setRegionCode(orgId, region))) {
        return apiError(c, 409, 'card-region-taken', 'another region has this code');
      }
      await ctx.audit.record({
        action: 'card-region-set',
        userId: c.var.user.id,
        orgId,
        detail: `region=${region ?? ''}`,
      });
      return c.json({ region } satisfies CardRegionSetting);
    })
    .get('/:orgId/card-stats', async (c) => {
      const orgId = c.req.param('orgId');
      if (role(c) === null) return notFound(c, 'organization');
      const { registry } = ctx;
      const subtree = registry
        .list()
        .filter((o) => o.id === orgId || registry.ancestorsOf(o.id).includes(orgId))
        .map((o) => o.id);
      const [counts, revoked] = await Promise.all([
        cards.store.countsByOrg(subtree),
        cards.store.revokedByOrg(subtree),
      ]);
      // each organization's counts added to the direct child of orgId above it
      const children = new Map<string, { orgId: string; cards: number; revoked: number }>();
      for (const child of registry.childrenOf(orgId)) {
        children.set(child.id, { orgId: child.id, cards: 0, revoked: 0 });
      }
      const total = { cards: 0, revoked: 0 };
      for (const id of subtree) {
        const chain = [id, ...registry.ancestorsOf(id)];
        const child = children.get(chain[chain.indexOf(orgId) - 1] ?? '');
        const [n, r] = [counts.get(id) ?? 0, revoked.get(id) ?? 0];
        total.cards += n;
        total.revoked += r;
        if (child) {
          child.cards += n;
          child.revoked += r;
        }
      }
      const body: CardStats = {
        orgs: subtree.map((id) => ({ orgId: id, cards: counts.get(id) ?? 0 })),
        children: [...children.values()],
        total,
      };
      return c.json(body);
    });
}
