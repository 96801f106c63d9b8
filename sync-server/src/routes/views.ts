// Saved grid views of the session's user:
//   GET    /me/views/:orgId   200 GridView, or 204 when none is saved
//   PUT    /me/views/:orgId   body GridView (core parseGridView; ≤ 32 KiB) → 204
//   DELETE /me/views/:orgId   204 (reset to the default view)
// Any role on the organization (a viewer arranges columns too); else 404 like other org
// objects. A view holds column ids and sizes only, never member data.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { GRID_VIEW_MAX_BYTES, parseGridView } from '@profgrid/core';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { apiError, badRequest, notFound } from '../http/api-error.ts';

export function viewRoutes(ctx: ApiContext): Hono<ApiEnv> {
  const visible = (c: Context<ApiEnv>, orgId: string) => c.var.access.roleOn(orgId) !== null;
  return new Hono<ApiEnv>()
    .get('/:orgId', async (c) => {
      const { userId } = c.var.session;
      const orgId = c.req.param('orgId');
      if (!visible(c, orgId)) return notFound(c, 'organization');
      c.header('Cache-Control', 'no-store');
      const view = await ctx.views.get(userId, orgId);
      return view ? c.json(view) : c.body(null, 204);
    })
    .put('/:orgId', async (c) => {
      const { userId } = c.var.session;
      const orgId = c.req.param('orgId');
      if (!visible(c, orgId)) return notFound(c, 'organization');
      const text = await c.req.text();
      if (text.length > GRID_VIEW_MAX_BYTES) {
        return apiError(c, 413, 'bad-request', `view larger than ${GRID_VIEW_MAX_BYTES} bytes`);
      }
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        return badRequest(c, 'expected a JSON grid view');
      }
      const parsed = parseGridView(raw);
      if (!parsed.ok) return badRequest(c, parsed.reason.en);
      await ctx.views.put(userId, orgId, parsed.view);
      return c.body(null, 204);
    })
    .delete('/:orgId', async (c) => {
      const { userId } = c.var.session;
      const orgId = c.req.param('orgId');
      if (!visible(c, orgId)) return notFound(c, 'organization');
      await ctx.views.delete(userId, orgId);
      return c.body(null, 204);
    });
}
