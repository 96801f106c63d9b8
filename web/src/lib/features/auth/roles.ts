// What a signed-in user may do where, as the client shows it (the server enforces it):
// a grant covers its organization and every descendant; the strongest grant wins.
import type { Me, Role, RoleGrant } from '@profgrid/core';

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

interface TreeNode {
  readonly id: string;
  readonly parentId: string | null;
}

/** The ids of an organization and its ancestors present in the list (itself first). */
export function ancestry(orgId: string, orgs: readonly TreeNode[]): string[] {
  const parent = new Map(orgs.map((o) => [o.id, o.parentId]));
  const chain: string[] = [];
  const seen = new Set<string>();
  let id: string | null | undefined = orgId;
  while (id && !seen.has(id)) {
    chain.push(id);
    seen.add(id);
    id = parent.get(id);
  }
  return chain;
}

/** The strongest role of `grants` on `orgId`, or null when no grant covers it. */
export function effectiveRole(
  grants: readonly RoleGrant[],
  orgId: string,
  orgs: readonly TreeNode[],
): Role | null {
  const chain = new Set(ancestry(orgId, orgs));
  let best: Role | null = null;
  for (const g of grants) {
    if (chain.has(g.orgId) && (best === null || RANK[g.role] > RANK[best])) best = g.role;
  }
  return best;
}

/** Editors and admins write member lists and passports; viewers read. */
export function canEdit(role: Role | null): boolean {
  return role === 'editor' || role === 'admin';
}

export function isAdmin(me: Me | null): boolean {
  return !!me?.roles.some((g) => g.role === 'admin');
}

/** Organization ids where the user is admin (roots of the subtrees they manage). */
export function adminRoots(me: Me | null): string[] {
  return me ? me.roles.filter((g) => g.role === 'admin').map((g) => g.orgId) : [];
}
