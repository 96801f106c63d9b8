// GET /chairs?q=&limit= — the card index of chairs and deputies (R6) of every
// organization the session may see, searchable (case-insensitive, ё = е).
// GET /chairs/elections?months=6 — the elections calendar (core positions ElectionDue[]):
// every elected post of those organizations (chairs, deputies, committee, audit
// commission, профорги, уполномоченные) whose term ends within `months` (1–24) or has passed.
import { Hono } from 'hono';
import { CHAIRS_MAX_RESULTS, calendarDate } from '@profgrid/core';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { badRequest } from '../http/api-error.ts';

export function chairRoutes(ctx: ApiContext): Hono<ApiEnv> {
  return new Hono<ApiEnv>()
    .get('/elections', async (c) => {
      const months = Number(c.req.query('months') ?? 6);
      if (!Number.isInteger(months) || months < 1 || months > 24)
        return badRequest(c, 'bad months');
      const orgIds = c.var.access.visibleOrgIds();
      return c.json(await ctx.chairs.elections(orgIds, calendarDate(Date.now()), months));
    })
    .get('/', async (c) => {
      const q = c.req.query('q') ?? '';
      const limit = Number(c.req.query('limit') ?? CHAIRS_MAX_RESULTS);
      if (q.length > 200) return badRequest(c, 'q is too long');
      if (!Number.isInteger(limit) || limit < 1) return badRequest(c, 'bad limit');
      const orgIds = c.var.access.visibleOrgIds();
      return c.json(await ctx.chairs.search(orgIds, q, Math.min(limit, CHAIRS_MAX_RESULTS)));
    });
}
