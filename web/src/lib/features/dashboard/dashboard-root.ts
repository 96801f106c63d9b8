// Which dashboard the header offers: the first grant on an organization with children (a
// committee; `childCount` from the lazily loaded tree, or a child among the known
// organizations) — or null (a chair of a primary).
import type { Organization, RoleGrant } from '@profgrid/core';

export function dashboardRoot(
  grants: readonly RoleGrant[],
  orgs: readonly (Organization & { readonly childCount?: number })[],
): string | null {
  const parents = new Set(orgs.map((o) => o.parentId));
  const byId = new Map(orgs.map((o) => [o.id, o]));
  for (const g of grants) {
    const org = byId.get(g.orgId);
    if (org && ((org.childCount ?? 0) > 0 || parents.has(org.id))) return org.id;
  }
  return null;
}
