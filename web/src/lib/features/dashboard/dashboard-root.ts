// Which dashboard the header offers: the first grant (tree order) on a territorial
// organization — one with children in the org list — or null (a chair of a primary).
import type { Organization, RoleGrant } from '@profgrid/core';

export function dashboardRoot(
  grants: readonly RoleGrant[],
  orgs: readonly Organization[],
): string | null {
  const parents = new Set(orgs.map((o) => o.parentId));
  const granted = new Set(grants.map((g) => g.orgId));
  return orgs.find((o) => granted.has(o.id) && parents.has(o.id))?.id ?? null;
}
