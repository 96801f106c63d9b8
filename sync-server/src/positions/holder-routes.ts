// Post holders (session required; holder-service.ts):
//   GET  /positions/holders?orgId=   HolderStatus[] — any role on orgId
//   POST /positions/match {orgId, holderOrgId, name, birthDate?}  HolderMatch — an editor
//        of orgId; holderOrgId must be orgId or under it
// Refusals: 404 not-found (out of reach), 403 forbidden, 400 bad-request (malformed body,
// or a holder organization outside the body's subtree). Each lookup in another
// organization's document is written to the audit log against that organization.
import { Hono } from 'hono';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { isObject, jsonBody } from '../http/api-context.ts';
import { apiError, badRequest, notFound } from '../http/api-error.ts';
import type { HolderService } from './holder-service.ts';

const ID = /^[A-Za-z0-9_:.-]{1,64}$/;
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

export function holderRoutes(ctx: ApiContext, holders: HolderService | undefined) {
  const app = new Hono<ApiEnv>();
  if (!holders) return app;
  return app
    .get('/holders', async (c) => {
      const orgId = c.req.query('orgId') ?? '';
      if (!ID.test(orgId)) return badRequest(c, 'orgId required');
      const r = await holders.statuses(c.var.access, orgId);
      if (!r.ok) return notFound(c, 'organization');
      for (const holderOrg of new Set(r.value.map((s) => s.orgId))) {
        if (holderOrg !== orgId) {
          await ctx.audit.record({
            action: 'doc-open',
            userId: c.var.user.id,
            orgId: holderOrg,
            detail: 'read=post-holders',
          });
        }
      }
      return c.json(r.value);
    })
    .post('/match', async (c) => {
      const body = await jsonBody(c);
      if (!isObject(body)) return badRequest(c, 'JSON body required');
      const { orgId, holderOrgId, name, birthDate } = body;
      if (!str(orgId, 64) || !ID.test(orgId) || !str(holderOrgId, 64) || !ID.test(holderOrgId)) {
        return badRequest(c, 'orgId and holderOrgId required');
      }
      if (!str(name, 300) || name.trim() === '') return badRequest(c, 'name required');
      if (!(birthDate === undefined || str(birthDate, 20))) return badRequest(c, 'bad birthDate');
      const r = await holders.match(c.var.access, { orgId, holderOrgId, name, birthDate });
      if (!r.ok) {
        if (r.reason === 'forbidden') return apiError(c, 403, 'forbidden', 'editors only');
        if (r.reason === 'out-of-subtree') {
          return badRequest(c, 'holder organization is not under this organization');
        }
        return notFound(c, 'organization');
      }
      await ctx.audit.record({
        action: 'doc-open',
        userId: c.var.user.id,
        orgId: holderOrgId,
        detail: 'read=post-holder-match',
      });
      return c.json(r.value);
    });
}
