// Rollup REST (mounted at /api/orgs behind requireSession):
//   GET /orgs/:id/summary            OrgRollup of the subtree (membersTotal an integer)
//   GET /orgs/:id/children-summaries?sort=&dir=&offset=&limit=
//                                    ChildrenRollups: a page (limit ≤ 1000, default 200)
//                                    of the visible direct children's subtree totals,
//                                    sorted here (core CHILD_SORT_KEYS, asc | desc; 400 for
//                                    a bad query), with their total count
//   GET /orgs/:id/summary/stream     server-sent events: `rollup` {rollup, children,
//                                    reload} at once and whenever the subtree changes,
//                                    at most one per 250 ms; `children` holds the direct
//                                    children whose totals changed, `reload` means refetch
//                                    them all (the tree changed)
// Access like other org objects: any role on the org or an ancestor, else 404. The stream
// re-checks the session and the role every few seconds and ends when either is gone.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { CHILD_SORT_KEYS, sortChildRollups } from '@profgrid/core';
import type { ChildRollup, ChildSortKey, ChildrenRollups } from '@profgrid/core';
import type { UserAccess } from '../auth/access-policy.ts';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { apiError, notFound } from '../http/api-error.ts';
import type { RollupService } from '../rollups/rollup-service.ts';

export const STREAM_MIN_INTERVAL_MS = 250;
const STREAM_CHECK_MS = 5000;

export function rollupRoutes(ctx: ApiContext, rollups: RollupService): Hono<ApiEnv> {
  const { registry } = ctx;
  const visible = (c: Context<ApiEnv>, id: string) =>
    c.var.access.roleOn(id) !== null ? registry.get(id) : undefined;

  const childRollups = (access: UserAccess, parentId: string, only?: Set<string>): ChildRollup[] =>
    registry
      .childrenOf(parentId)
      .filter((o) => (!only || only.has(o.id)) && access.roleOn(o.id) !== null)
      .map((o) => ({
        id: o.id,
        name: o.name,
        shortName: o.shortName,
        level: o.level,
        hasChildren: registry.childrenOf(o.id).length > 0,
        rollup: rollups.rollup(o.id),
      }));

  return new Hono<ApiEnv>()
    .get('/:id/summary', (c) => {
      const id = c.req.param('id');
      return visible(c, id) ? c.json(rollups.rollup(id)) : notFound(c, 'organization');
    })
    .get('/:id/children-summaries', (c) => {
      const id = c.req.param('id');
      if (!visible(c, id)) return notFound(c, 'organization');
      const query = parseChildQuery(c.req.query());
      if (typeof query === 'string') return apiError(c, 400, 'bad-request', query);
      const all = childRollups(c.var.access, id);
      const sorted = sortChildRollups(all, query.sort, query.descending);
      const body: ChildrenRollups = {
        orgId: id,
        children: sorted.slice(query.offset, query.offset + query.limit),
        total: all.length,
        offset: query.offset,
      };
      return c.json(body);
    })
    .get('/:id/summary/stream', (c) => {
      const id = c.req.param('id');
      if (!visible(c, id)) return notFound(c, 'organization');
      const { userId, key } = c.var.session;
      let access = c.var.access;
      c.header('Cache-Control', 'no-store');
      return streamSSE(c, async (stream) => {
        let dirtyChildren = new Set<string>();
        let reload = false;
        let lastSent = 0;
        let timer: NodeJS.Timeout | null = null;
        let done = false;
        const send = async () => {
          timer = null;
          lastSent = Date.now();
          const children = reload ? [] : childRollups(access, id, dirtyChildren);
          const data = JSON.stringify({ rollup: rollups.rollup(id), children, reload });
          dirtyChildren = new Set();
          reload = false;
          await stream.writeSSE({ event: 'rollup', data }).catch(() => undefined);
        };
        const schedule = () => {
          if (timer || done) return;
          const wait = Math.max(0, lastSent + STREAM_MIN_INTERVAL_MS - Date.now());
          timer = setTimeout(() => void send(), wait);
        };
        const unsubscribe = rollups.subscribe(({ chain, rebuilt }) => {
          const at = chain.indexOf(id);
          if (rebuilt) reload = true;
          else if (at < 0) return;
          else if (at > 0) dirtyChildren.add(chain[at - 1]!);
          schedule();
        });
        stream.onAbort(() => {
          done = true;
        });
        await send();
        while (!done && !stream.aborted) {
          await stream.sleep(STREAM_CHECK_MS);
          if (!(await ctx.sessions.check(key))) break;
          access = await ctx.access.forUser(userId);
          if (access.roleOn(id) === null) break;
          await stream.write(': keep-alive\n\n').catch(() => undefined);
        }
        done = true;
        unsubscribe();
        if (timer) clearTimeout(timer);
      });
    });
}

export const CHILDREN_PAGE_DEFAULT = 200;
const CHILDREN_PAGE_MAX = 1000;

interface ChildQuery {
  readonly sort: ChildSortKey;
  readonly descending: boolean;
  readonly offset: number;
  readonly limit: number;
}

/** The children page asked for, or the reason it is refused. */
function parseChildQuery(q: Record<string, string>): ChildQuery | string {
  const sort = (q['sort'] ?? 'name') as ChildSortKey;
  if (!CHILD_SORT_KEYS.includes(sort)) return `sort must be one of ${CHILD_SORT_KEYS.join(', ')}`;
  const dir = q['dir'] ?? (sort === 'name' ? 'asc' : 'desc');
  if (dir !== 'asc' && dir !== 'desc') return 'dir must be asc or desc';
  const whole = (v: string | undefined, fallback: number) =>
    v === undefined ? fallback : /^\d{1,7}$/.test(v) ? Number(v) : NaN;
  const offset = whole(q['offset'], 0);
  const limit = whole(q['limit'], CHILDREN_PAGE_DEFAULT);
  if (Number.isNaN(offset)) return 'offset must be a whole number';
  if (Number.isNaN(limit) || limit < 1 || limit > CHILDREN_PAGE_MAX)
    return `limit must be 1..${CHILDREN_PAGE_MAX}`;
  return { sort, descending: dir === 'desc', offset, limit };
}
