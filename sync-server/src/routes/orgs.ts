// REST of the organization registry: GET /orgs (all, tree order) and GET /orgs/:id.
// Mounted under /api. Payload type: Organization from @profgrid/core.
import { Hono } from 'hono';
import type { OrgRegistry } from '../store/org-registry.ts';
import { apiError } from './api-error.ts';

export function orgRoutes(registry: OrgRegistry): Hono {
  return new Hono()
    .get('/orgs', (c) => c.json(registry.list()))
    .get('/orgs/:id', (c) => {
      const org = registry.get(c.req.param('id'));
      return org ? c.json(org) : apiError(c, 404, 'not-found', 'organization not found');
    });
}
