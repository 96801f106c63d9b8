// The registry served lazily (mounted under /api before /orgs/:id, behind requireSession):
//   GET /orgs/tree?parent=<id>&offset=&limit=  OrgTreeLevel: one level of the tree — the
//       parent, its visible ancestors (breadcrumbs) and a page of its visible children by
//       name (limit ≤ 1000, default 500), each with its own visible children's count; no
//       parent: the user's top organizations (those of the grants not under another one)
//   GET /orgs/search?q=&within=<id>&limit=  OrgSearchResult: organizations whose name
//       matches (core orgNameMatcher) across the user's subtrees (or within one visible
//       organization's subtree), at most `limit` (≤ 200, default 50) in tree order
//   GET /orgs/subtree?root=<id>  OrgRecord[]: the root and every organization under it the
//       user can see, in tree order — what one subtree's report needs, not the whole list
// An organization out of reach is 404 like elsewhere. The cost is the level's size or one
// pass over the user's subtree with names folded once per record — never the whole list
// serialized.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { orgNameMatcher, orgSearchText, ruCollator } from '@profgrid/core';
import type { OrgNode, OrgRecord, OrgSearchHit, OrgTreeLevel } from '@profgrid/core';
import type { UserAccess } from '../auth/access-policy.ts';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { badRequest, notFound } from '../http/api-error.ts';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';

const LEVEL_DEFAULT = 500;
const LEVEL_MAX = 1000;
const SEARCH_DEFAULT = 50;
const SEARCH_MAX = 200;
const QUERY_MAX = 200;

const collator = ruCollator;
/** Folded search text per record (records are replaced when they change). */
const folded = new WeakMap<OrgRecord, string>();
const searchText = (o: OrgRecord) => {
  let text = folded.get(o);
  if (text === undefined) folded.set(o, (text = orgSearchText(o)));
  return text;
};

const whole = (v: string | undefined, fallback: number, max: number): number | null => {
  if (v === undefined) return fallback;
  if (!/^\d{1,7}$/.test(v)) return null;
  const n = Number(v);
  return n <= max ? n : null;
};

/** The user's top organizations: visible, with no visible ancestor. */
export function topOrgs(registry: SqlOrgRegistry, access: UserAccess): OrgRecord[] {
  const tops = new Map<string, OrgRecord>();
  for (const g of access.grants) {
    const org = registry.get(g.orgId);
    if (!org || access.roleOn(org.id) === null) continue;
    if (registry.ancestorsOf(org.id).some((a) => access.roleOn(a) !== null)) continue;
    tops.set(org.id, org);
  }
  return [...tops.values()].sort((a, b) => collator.compare(a.name, b.name));
}

export function treeRoutes(ctx: ApiContext): Hono<ApiEnv> {
  const { registry } = ctx;
  const visibleChildren = (access: UserAccess, id: string) =>
    registry.childrenOf(id).filter((o) => access.roleOn(o.id) !== null);
  const node = (access: UserAccess, o: OrgRecord): OrgNode => ({
    ...o,
    childCount: visibleChildren(access, o.id).length,
  });
  const visible = (c: Context<ApiEnv>, id: string) =>
    c.var.access.roleOn(id) !== null ? registry.get(id) : undefined;

  return new Hono<ApiEnv>()
    .get('/tree', (c) => {
      const access = c.var.access;
      const offset = whole(c.req.query('offset'), 0, 10_000_000);
      const limit = whole(c.req.query('limit'), LEVEL_DEFAULT, LEVEL_MAX);
      if (offset === null || limit === null) {
        return badRequest(c, `offset and limit must be whole numbers, limit ≤ ${LEVEL_MAX}`);
      }
      const parentId = c.req.query('parent');
      let parent: OrgRecord | undefined;
      let children: OrgRecord[];
      if (parentId === undefined) children = topOrgs(registry, access);
      else {
        parent = visible(c, parentId);
        if (!parent) return notFound(c, 'organization');
        children = visibleChildren(access, parent.id).sort((a, b) =>
          collator.compare(a.name, b.name),
        );
      }
      const path = parent
        ? registry
            .ancestorsOf(parent.id)
            .filter((a) => access.roleOn(a) !== null)
            .reverse()
            .map((a) => node(access, registry.get(a)!))
        : [];
      const body: OrgTreeLevel = {
        parent: parent ? node(access, parent) : null,
        path,
        children: children.slice(offset, offset + limit).map((o) => node(access, o)),
        total: children.length,
        offset,
      };
      return c.json(body);
    })
    .get('/subtree', (c) => {
      const access = c.var.access;
      const rootId = c.req.query('root');
      if (rootId === undefined) return badRequest(c, 'root is required');
      const root = visible(c, rootId);
      if (!root) return notFound(c, 'organization');
      const orgs: OrgRecord[] = [];
      for (const o of registry.tree.subtree(root.id))
        if (access.roleOn(o.id) !== null) orgs.push(o);
      return c.json(orgs);
    })
    .get('/search', (c) => {
      const access = c.var.access;
      const q = c.req.query('q') ?? '';
      if (q.length > QUERY_MAX) return badRequest(c, `q is longer than ${QUERY_MAX}`);
      const limit = whole(c.req.query('limit'), SEARCH_DEFAULT, SEARCH_MAX);
      if (limit === null || limit === 0) return badRequest(c, `limit must be 1..${SEARCH_MAX}`);
      const within = c.req.query('within');
      let roots: OrgRecord[];
      if (within === undefined) roots = topOrgs(registry, access);
      else {
        const org = visible(c, within);
        if (!org) return notFound(c, 'organization');
        roots = [org];
      }
      const match = orgNameMatcher(q);
      const hits: OrgSearchHit[] = [];
      let truncated = false;
      search: for (const root of roots) {
        if (!match) break;
        for (const o of registry.tree.subtree(root.id)) {
          if (!match(searchText(o)) || access.roleOn(o.id) === null) continue;
          if (hits.length === limit) {
            truncated = true;
            break search;
          }
          const pathNames = registry
            .ancestorsOf(o.id)
            .filter((a) => access.roleOn(a) !== null)
            .reverse()
            .map((a) => {
              const org = registry.get(a)!;
              return org.shortName || org.name;
            });
          hits.push({ ...node(access, o), pathNames });
        }
      }
      return c.json({ query: q, hits, truncated });
    });
}
