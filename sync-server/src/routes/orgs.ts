// The registry REST (mounted under /api, behind requireSession):
//   GET /orgs/:id        one organization the session can see (404 for anything else: no
//                        existence leak). There is no whole-list GET /orgs: the tree, the
//                        search and one subtree are served lazily (org-tree.ts).
//   POST /orgs           create under parentId — admin of the parent's subtree
//   PATCH /orgs/:id      code, names, institution type — admin of its subtree
//   POST /orgs/:id/move  {parentId} — admin of the common ancestor of old and new parent;
//                        never under itself or a descendant
//   POST /orgs/:id/archive {archived?} — admin of its subtree; not with live children
// Archived organizations are seen by admins only.
import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { Hono } from 'hono';
import {
  commonAncestor,
  isWithin,
  parseArchiveOrgRequest,
  parseCreateOrgRequest,
  parseMoveOrgRequest,
  parseUpdateOrgRequest,
} from '@profgrid/core';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { apiError, badRequest, forbidden, notFound } from '../http/api-error.ts';
import { badBody, parsedBody } from '../http/parsed-body.ts';
import { MoveRefused } from '../registry/org-registry.ts';

export function orgRoutes(ctx: ApiContext): Hono<ApiEnv> {
  const { registry, audit } = ctx;
  const visible = (c: Context<ApiEnv>, id: string) =>
    c.var.access.roleOn(id) !== null ? registry.get(id) : undefined;
  const isAdmin = (c: Context<ApiEnv>, id: string) => c.var.access.can(id, 'admin');
  const log = (
    c: Context<ApiEnv>,
    action: 'org-create' | 'org-update' | 'org-move' | 'org-archive',
    orgId: string,
    detail = '',
  ) => audit.record({ action, userId: c.var.session.userId, orgId, detail });

  return new Hono<ApiEnv>()
    .get('/:id', (c) => {
      const org = visible(c, c.req.param('id'));
      return org ? c.json(org) : notFound(c, 'organization');
    })
    .post('/', async (c) => {
      const body = await parsedBody(c, parseCreateOrgRequest);
      if (!body.ok) return badBody(c, body);
      const parsed = body.value;
      if (!visible(c, parsed.parentId)) return notFound(c, 'parent organization');
      if (!isAdmin(c, parsed.parentId)) return forbidden(c);
      const id = `o-${randomBytes(6).toString('hex')}`;
      await registry.insertMany([{ id, ...parsed }]);
      await log(c, 'org-create', id);
      return c.json(registry.get(id), 201);
    })
    .patch('/:id', async (c) => {
      const id = c.req.param('id');
      if (!visible(c, id)) return notFound(c, 'organization');
      const body = await parsedBody(c, parseUpdateOrgRequest);
      if (!body.ok) return badBody(c, body);
      const patch = body.value;
      if (!isAdmin(c, id)) return forbidden(c);
      const org = await registry.update(id, patch);
      await log(c, 'org-update', id, `fields=${Object.keys(patch).join(',')}`);
      return c.json(org);
    })
    .post('/:id/move', async (c) => {
      const id = c.req.param('id');
      const org = visible(c, id);
      if (!org) return notFound(c, 'organization');
      const body = await parsedBody(c, parseMoveOrgRequest);
      if (!body.ok) return badBody(c, body);
      const { parentId } = body.value;
      if (!visible(c, parentId)) return notFound(c, 'new parent organization');
      if (org.parentId === null) return badRequest(c, 'a root organization cannot be moved');
      const common = commonAncestor(org.parentId, parentId, registry.ancestorsOf);
      if (common === null || !isAdmin(c, common)) return forbidden(c);
      if (isWithin(parentId, id, registry.ancestorsOf)) {
        return apiError(
          c,
          409,
          'conflict',
          'cannot move an organization under itself or its descendant',
        );
      }
      let moved;
      try {
        moved = await registry.move(id, parentId);
      } catch (err) {
        if (!(err instanceof MoveRefused)) throw err;
        // another instance moved the new parent under this organization meanwhile
        return apiError(c, 409, 'conflict', 'the organization tree changed, reload and retry');
      }
      await log(c, 'org-move', id, `from=${org.parentId} to=${parentId}`);
      ctx.accessChanged();
      return c.json(moved);
    })
    .post('/:id/archive', async (c) => {
      const id = c.req.param('id');
      if (!visible(c, id)) return notFound(c, 'organization');
      if (!isAdmin(c, id)) return forbidden(c);
      const body = await parsedBody(c, parseArchiveOrgRequest);
      if (!body.ok) return badBody(c, body);
      const { archived } = body.value;
      if (archived && registry.childrenOf(id).some((o) => !o.archived)) {
        return apiError(c, 409, 'conflict', 'archive the child organizations first');
      }
      const org = await registry.setArchived(id, archived);
      await log(c, 'org-archive', id, `archived=${archived}`);
      ctx.accessChanged();
      return c.json(org);
    });
}
