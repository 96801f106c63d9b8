// Public card endpoints, mounted at /api/public before the session (full paths below),
// rate-limited per address (shared by the instances
// through Redis when it is configured, rate-limit.ts):
//   GET  /public/card-keys            public keys {keys:[{keyId, publicKey}]} (CARDS.md)
//   GET  /public/card-revocations     the signed revocation list
//   GET  /public/card-status/:number  {status: valid|revoked|unknown} — nothing else
//   GET  /public/cards/verify?qr=     CardCheck: {ok, number, validUntil, …} or {ok:false, reason}
//   POST /public/card-link {token}    the member's card page (token in the body, not the URL)
//   POST /public/card-partners {token}  Partner[]: the discount partners of the card's
//                                     territory (its organization's committees), active today
// Answers carry no personal data except the card page, which its link's holder may read.
import { Hono } from 'hono';
import { cardKeysToWire } from '@profgrid/core';
import type { AuditLog } from '../audit/audit-log.ts';
import { parseCardTokenRequest } from '@profgrid/core/cards';
import { jsonBody } from '../http/api-context.ts';
import { apiError, badRequest, notFound } from '../http/api-error.ts';
import type { CardService } from './card-service.ts';
import { rateLimit } from './rate-limit.ts';

export interface PublicCardOptions {
  readonly trustProxy: boolean;
  readonly audit: AuditLog;
  /** Requests per address per minute; 120. */
  readonly perMinute?: number;
  readonly now?: () => number;
}

export function publicCardRoutes(cards: CardService | undefined, options: PublicCardOptions) {
  const app = new Hono();
  if (!cards) return app;
  const limit = rateLimit({
    limit: options.perMinute ?? 120,
    trustProxy: options.trustProxy,
    now: options.now,
    counter: cards.rateCounter,
  });
  return app
    .use('/card*', limit)
    .get('/card-keys', (c) => {
      c.header('Cache-Control', 'public, max-age=300');
      return c.json(cardKeysToWire(cards.keys));
    })
    .get('/card-revocations', async (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.json(await cards.revocationList());
    })
    .get('/card-status/:number', async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json({ status: await cards.status(c.req.param('number')) });
    })
    .get('/cards/verify', async (c) => {
      const qr = c.req.query('qr');
      if (qr === undefined || qr.length > 512) return badRequest(c, 'expected ?qr=<QR text>');
      c.header('Cache-Control', 'no-store');
      return c.json(await cards.verify(qr));
    })
    .post('/card-link', async (c) => {
      const body = parseCardTokenRequest(await jsonBody(c));
      if (!body.ok) return badRequest(c, body.message);
      const view = await cards.openLink(body.value.token);
      c.header('Cache-Control', 'no-store');
      if (!view) return notFound(c, 'card link');
      const orgId = (await cards.store.byNumber(view.number))?.orgId ?? null;
      await options.audit.record({ action: 'card-link-open', userId: null, orgId });
      return c.json(view);
    })
    .post('/card-partners', async (c) => {
      const body = parseCardTokenRequest(await jsonBody(c));
      if (!body.ok) return badRequest(c, body.message);
      const partners = await cards.linkPartners(body.value.token);
      c.header('Cache-Control', 'no-store');
      if (!partners) return notFound(c, 'card link');
      return c.json(partners);
    })
    .all('/card*', (c) => apiError(c, 404, 'not-found', 'no such endpoint'));
}
