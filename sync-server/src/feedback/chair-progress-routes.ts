// GET /api/orgs/:id/chair-progress → ChairProgress of the subtree (any role on it, else
// 404): counts only, no names — chairs signed in, passports complete, and primaries that
// handed in the form of the newest campaign covering the subtree. Mounted at /api/orgs
// behind requireSession; the chairs and sign-ins come from the feedback store, which
// reads the grants and sessions for the guide's progress card.
import { Hono } from 'hono';
import { passportStatus } from '@profgrid/core';
import type { ChairProgress } from '@profgrid/core';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { notFound } from '../http/api-error.ts';
import type { RollupService } from '../rollups/rollup-service.ts';
import type { StatformService } from '../statforms/statform-service.ts';
import type { FeedbackStore } from './feedback-store.ts';

export function chairProgressRoutes(
  ctx: ApiContext,
  store: FeedbackStore | undefined,
  rollups: RollupService | undefined,
  forms: StatformService | undefined,
): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();
  if (!store) return routes;
  const { registry } = ctx;
  return routes.get('/:id/chair-progress', async (c) => {
    const id = c.req.param('id');
    if (c.var.access.roleOn(id) === null || !registry.get(id)) return notFound(c, 'organization');
    const parents = new Set(
      registry
        .list()
        .filter((o) => !o.archived)
        .map((o) => o.parentId),
    );
    const primaries = registry
      .list()
      .filter(
        (o) =>
          !o.archived &&
          !parents.has(o.id) &&
          (o.id === id || registry.ancestorsOf(o.id).includes(id)),
      );
    const primaryIds = new Set(primaries.map((o) => o.id));
    const chairs = new Set(
      (await store.editorGrants()).filter((g) => primaryIds.has(g.org_id)).map((g) => g.user_id),
    );
    const signedIn = await store.signedInUsers();
    const today = rollups?.today() ?? new Date().toISOString().slice(0, 10);
    const campaign = forms ? (await forms.campaignsCovering(id))[0] : undefined;
    const formsHandedIn =
      forms && campaign
        ? await forms.store.handedInCount(
            primaries.map((o) => o.id),
            campaign.asOf,
          )
        : 0;
    const body: ChairProgress = {
      orgId: id,
      primaries: primaries.length,
      chairs: chairs.size,
      signedIn: [...chairs].filter((u) => signedIn.has(u)).length,
      passportsComplete: primaries.filter(
        (o) => passportStatus({ ...o, own: rollups?.own(o.id) }, null, today).missing.length === 0,
      ).length,
      formsAsOf: campaign?.asOf ?? null,
      formsHandedIn,
    };
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  });
}
