// What a partner account calls from /check, mounted at /api/partner behind the session.
// A partner account (role `partner`: linked in partner_accounts, no organization roles);
// while its partner is suspended it is no partner here (404s, checks like any visitor):
//   GET    /partner/me                   PartnerMe (404: not a partner)
//   POST   /partner/checks {events}      204 — checks made on /check, counts
//   POST   /partner/check-number {number}  {status, initials, validUntil} — a number typed
//                                        on /check: counted and audited here like a scanned
//                                        QR's report
//   POST   /partner/card-holder {number}   CardHolder {initials} of a live card of the
//                                        partner's region, else 404 (the number in the
//                                        body, never the URL)
import { Hono } from 'hono';
import { randomBytes } from 'node:crypto';
import { parseCheckEvents } from '@profgrid/core';
import { parseCheckNumberRequest } from '@profgrid/core/cards';
import type { CardHolder, PartnerNumberCheck } from '@profgrid/core/cards';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { jsonBody } from '../http/api-context.ts';
import { badRequest, notFound } from '../http/api-error.ts';
import type { CardService } from './card-service.ts';

export function partnerCheckRoutes(ctx: ApiContext, cards: CardService | undefined): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  if (!cards) return app;
  const partners = cards.partners;
  const now = () => Date.now();
  /** The partner a signed-in account checks cards for, unless it is suspended. */
  const activePartnerOf = async (userId: string) => {
    const p = await partners.partnerOf(userId);
    return p && !p.suspended ? p : undefined;
  };
  return app
    .get('/me', async (c) => {
      const partner = await activePartnerOf(c.var.user.id);
      if (!partner) return notFound(c, 'partner');
      const months = (await partners.months([partner.id])).get(partner.id) ?? [];
      return c.json({ partner, months });
    })
    .post('/checks', async (c) => {
      const partner = await activePartnerOf(c.var.user.id);
      if (!partner) return notFound(c, 'partner');
      const events = parseCheckEvents(await jsonBody(c));
      if (typeof events === 'string') return badRequest(c, events);
      await partners.recordChecks(partner.id, events);
      return c.body(null, 204);
    })
    .post('/check-number', async (c) => {
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
      const validUntil = valid
        ? ((await cards.store.byNumber(body.value.number))?.validUntil ?? null)
        : null;
      c.header('Cache-Control', 'no-store');
      return c.json({ status, initials, validUntil } satisfies PartnerNumberCheck);
    })
    .post('/card-holder', async (c) => {
      const partner = await activePartnerOf(c.var.user.id);
      if (!partner) return notFound(c, 'partner');
      const body = parseCheckNumberRequest(await jsonBody(c));
      if (!body.ok) return badRequest(c, body.message);
      const initials = await cards.holderInitials(body.value.number, partner.orgId);
      c.header('Cache-Control', 'no-store');
      if (initials === null) return notFound(c, 'card');
      return c.json({ initials } satisfies CardHolder);
    });
}
