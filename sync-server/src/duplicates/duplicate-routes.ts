// REST of duplicate persons:
// - GET  /duplicates?orgId=          the chair's notices (editor of orgId): own member ids and
//                                    the other organization's name only;
// - POST /duplicates/:pairId/different {orgId}   «разные люди», remembered for both chairs;
// - GET  /duplicates/summary?orgId=  counts for a committee (any role on orgId).
// A transfer resolves a duplicate through POST /api/transfers (the transfers' own routes).
import { Hono } from 'hono';
import { parseMarkDifferentRequest } from '@profgrid/core/duplicates';
import type { DuplicateList } from '@profgrid/core/duplicates';
import type { ApiEnv } from '../http/api-context.ts';
import { badRequest, notFound } from '../http/api-error.ts';
import { badBody, parsedBody } from '../http/parsed-body.ts';
import type { DuplicateIndex } from './duplicate-index.ts';

export function duplicateRoutes(index: DuplicateIndex | undefined): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  if (!index) return app;
  return app
    .get('/summary', async (c) => {
      const orgId = c.req.query('orgId') ?? '';
      if (!orgId) return badRequest(c, 'orgId is required');
      if (!c.var.access.can(orgId, 'viewer')) return notFound(c, 'organization');
      c.header('Cache-Control', 'no-store');
      return c.json(await index.summary(orgId));
    })
    .get('/', async (c) => {
      const orgId = c.req.query('orgId') ?? '';
      if (!orgId) return badRequest(c, 'orgId is required');
      if (!c.var.access.can(orgId, 'editor')) return notFound(c, 'organization');
      const body: DuplicateList = { orgId, items: await index.listFor(orgId) };
      c.header('Cache-Control', 'no-store');
      return c.json(body);
    })
    .post('/:pairId/different', async (c) => {
      const body = await parsedBody(c, parseMarkDifferentRequest);
      if (!body.ok) return badBody(c, body);
      const { orgId } = body.value;
      if (!c.var.access.can(orgId, 'editor')) return notFound(c, 'organization');
      const done = await index.markDifferent(c.req.param('pairId'), orgId, c.var.user.id);
      if (!done) return notFound(c, 'duplicate');
      return c.json({ ok: true });
    });
}
