// The live organizations a task's user edits: each granted one once, editor or admin on it.
import type { OrgRecord } from '@profgrid/core';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import type { TaskAsker } from './task-provider.ts';

export function editedOrgs(registry: SqlOrgRegistry, { user, access }: TaskAsker): OrgRecord[] {
  const orgs = new Map<string, OrgRecord>();
  for (const grant of user.roles) {
    const org = registry.get(grant.orgId);
    if (!org || org.archived || orgs.has(org.id)) continue;
    const role = access.roleOn(org.id);
    if (role === 'editor' || role === 'admin') orgs.set(org.id, org);
  }
  return [...orgs.values()];
}
