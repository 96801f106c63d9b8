// Passport monitoring REST (R9), mounted with the rollup routes:
//   GET /orgs/:id/passport-monitoring?sort=&dir=&incomplete=&offset=&limit=
//       PassportMonitoring: the live direct subordinates (passport-levels.ts) — a primary
//       organization with completion %, missing fields and overdue, a committee with its
//       primaries complete and overdue — sorted (name | percent | incomplete | overdue,
//       asc | desc) and paged (limit ≤ 1000, default 200) here, from the summaries the
//       relay keeps (no document opened); any role on the org, else 404; bad query 400
//   PUT /orgs/:id/passport-deadline    { deadline: 'YYYY-MM-DD' | null } — the committee
//       (admin or editor) of an organization with subordinates; 403 for a viewer, 409
//       for an organization without subordinates, 400 for a bad body; answers the
//       deadline in force { deadline, setOn }
import { Hono } from 'hono';
import { PASSPORT_SORTS, parseSetPassportDeadlineRequest } from '@profgrid/core';
import type { PassportDeadline, PassportSort } from '@profgrid/core';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { apiError, notFound } from '../http/api-error.ts';
import { badBody, parsedBody } from '../http/parsed-body.ts';
import type { PassportDeadlines } from '../rollups/passport-deadlines.ts';
import { passportPage } from '../rollups/passport-levels.ts';
import type { PassportPageQuery } from '../rollups/passport-levels.ts';
import type { RollupService } from '../rollups/rollup-service.ts';

export function passportRoutes(
  ctx: ApiContext,
  rollups: RollupService,
  deadlines: PassportDeadlines,
  now: () => number = Date.now,
): Hono<ApiEnv> {
  const { registry } = ctx;
  const effective = (id: string): Promise<PassportDeadline> =>
    deadlines.effective(id, registry.ancestorsOf(id));

  return new Hono<ApiEnv>()
    .get('/:id/passport-monitoring', async (c) => {
      const id = c.req.param('id');
      if (c.var.access.roleOn(id) === null || !registry.get(id)) {
        return notFound(c, 'organization');
      }
      const query = parsePageQuery(c.req.query());
      if (typeof query === 'string') return apiError(c, 400, 'bad-request', query);
      const children = registry.childrenOf(id).map((o) => o.id);
      // two reads at once: one round trip of the database on the answer's way, not two
      const [own, deadline] = await Promise.all([deadlines.ownOf(children), effective(id)]);
      return c.json(passportPage(id, registry.tree, rollups, deadline, own, query));
    })
    .put('/:id/passport-deadline', async (c) => {
      const id = c.req.param('id');
      const { userId } = c.var.session;
      const role = c.var.access.roleOn(id);
      if (role === null || !registry.get(id)) return notFound(c, 'organization');
      if (role === 'viewer') {
        return apiError(c, 403, 'forbidden', 'only the committee (admin or editor) sets it');
      }
      if (registry.childrenOf(id).every((o) => o.archived)) {
        return apiError(c, 409, 'conflict', 'the organization has no subordinate organizations');
      }
      const body = await parsedBody(c, parseSetPassportDeadlineRequest);
      if (!body.ok) return badBody(c, body);
      const { deadline } = body.value;
      await deadlines.set(id, deadline, userId, now());
      return c.json(await effective(id));
    });
}

export const PASSPORT_PAGE_DEFAULT = 200;
const PAGE_MAX = 1000;

/** The monitoring query, or the reason it is refused. */
export function parsePageQuery(q: Record<string, string>): PassportPageQuery | string {
  const sort = (q['sort'] ?? 'name') as PassportSort;
  if (!PASSPORT_SORTS.includes(sort)) return `sort must be one of ${PASSPORT_SORTS.join(', ')}`;
  const dir = q['dir'] ?? 'asc';
  if (dir !== 'asc' && dir !== 'desc') return 'dir must be asc or desc';
  const whole = (v: string | undefined, fallback: number) =>
    v === undefined ? fallback : /^\d{1,7}$/.test(v) ? Number(v) : NaN;
  const offset = whole(q['offset'], 0);
  const limit = whole(q['limit'], PASSPORT_PAGE_DEFAULT);
  if (Number.isNaN(offset)) return 'offset must be a whole number';
  if (Number.isNaN(limit) || limit < 1 || limit > PAGE_MAX) return `limit must be 1..${PAGE_MAX}`;
  const incomplete = q['incomplete'] ?? '0';
  if (incomplete !== '0' && incomplete !== '1') return 'incomplete must be 0 or 1';
  return { sort, descending: dir === 'desc', onlyIncomplete: incomplete === '1', offset, limit };
}
