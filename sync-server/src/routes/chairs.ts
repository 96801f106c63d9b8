// GET /chairs?q=&limit= — the card index of chairs and deputies (R6) of every
// organization the session may see, searchable (case-insensitive, ё = е).
import { Hono } from 'hono';
import { CHAIRS_MAX_RESULTS } from '@profgrid/core';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { badRequest } from '../http/api-error.ts';

export function chairRoutes(ctx: ApiContext): Hono<ApiEnv> {
  return new Hono<ApiEnv>().get('/', async (c) => {
    const q = c.req.query('q') ?? '';
    const limit = Number(c.req.query('limit') ?? CHAIRS_MAX_RESULTS);
    if (q.length > 200) return badRequest(c, 'q is too long');
    if (!Number.isInteger(limit) || limit < 1) return badRequest(c, 'bad limit');
    const orgIds = c.var.access.visibleOrgIds();
    return c.json(await ctx.chairs.search(orgIds, q, Math.min(limit, CHAIRS_MAX_RESULTS)));
  });
}
