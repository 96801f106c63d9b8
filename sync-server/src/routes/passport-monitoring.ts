// Passport monitoring REST (R9), mounted at /api/orgs beside the rollup routes:
//   GET /orgs/:id/passport-monitoring  PassportMonitoring: every live subordinate
//       organization with completion %, missing fields and overdue, from the own
//       summaries the relay keeps (no document opened); any role on the org, else 404
//   PUT /orgs/:id/passport-deadline    { deadline: 'YYYY-MM-DD' | null } — the committee
//       (admin or editor) of an organization with subordinates; 403 for a viewer, 409
//       for an organization without subordinates, 400 for a bad body; answers the
//       deadline in force { deadline, setOn }
import { Hono } from 'hono';
import { isIsoDate, passportMonitoring } from '@profgrid/core';
import type { MonitoredOrg, PassportDeadline } from '@profgrid/core';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { isObject, jsonBody } from '../http/api-context.ts';
import { apiError, notFound } from '../http/api-error.ts';
import type { PassportDeadlines } from '../rollups/passport-deadlines.ts';
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
      const orgs: MonitoredOrg[] = registry
        .list()
        .filter((o) => !o.archived && o.id !== id && registry.ancestorsOf(o.id).includes(id))
        .map((o) => ({
          id: o.id,
          name: o.name,
          shortName: o.shortName,
          level: o.level,
          own: rollups.own(o.id),
        }));
      c.header('Cache-Control', 'no-store');
      return c.json(passportMonitoring(id, await effective(id), rollups.today(), orgs));
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
      const body = await jsonBody(c);
      const deadline = isObject(body) ? body['deadline'] : undefined;
      if (!(deadline === null || (typeof deadline === 'string' && isIsoDate(deadline)))) {
        return apiError(c, 400, 'bad-request', 'deadline must be a date YYYY-MM-DD or null');
      }
      await deadlines.set(id, deadline, userId, now());
      return c.json(await effective(id));
    });
}
