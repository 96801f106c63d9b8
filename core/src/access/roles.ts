// Role decisions over the organization tree (ARCHITECTURE.md "Identity and access"),
// pure so that the relay and the web decide alike. A grant on an organization covers
// its whole subtree; when several grants apply, the strongest wins.
import type { Role, RoleGrant } from '../api/wire.ts';

/** Strength of a role: admin > editor > viewer. */
export const ROLE_RANK: Readonly<Record<Role, number>> = { viewer: 1, editor: 2, admin: 3 };

/**
 * Ancestors of an organization, nearest first, the organization itself excluded;
 * an empty list for a root or an unknown id.
 */
export type AncestorsOf = (orgId: string) => readonly string[];

export function strongerRole(a: Role | null, b: Role | null): Role | null {
  if (a === null) return b;
  if (b === null) return a;
  return ROLE_RANK[a] >= ROLE_RANK[b] ? a : b;
}

/** The strongest role any grant gives on `orgId` (own or an ancestor's), or null. */
export function effectiveRole(
  grants: readonly RoleGrant[],
  orgId: string,
  ancestorsOf: AncestorsOf,
): Role | null {
  if (grants.length === 0) return null;
  const lineage = new Set([orgId, ...ancestorsOf(orgId)]);
  let best: Role | null = null;
  for (const grant of grants) if (lineage.has(grant.orgId)) best = strongerRole(best, grant.role);
  return best;
}

/** True when the effective role on `orgId` is at least `min`. */
export function hasRole(
  grants: readonly RoleGrant[],
  orgId: string,
  min: Role,
  ancestorsOf: AncestorsOf,
): boolean {
  const role = effectiveRole(grants, orgId, ancestorsOf);
  return role !== null && ROLE_RANK[role] >= ROLE_RANK[min];
}

/** What a role may do with an organization's document: viewers read, others write. */
export function docAccessOfRole(role: Role | null): 'write' | 'read' | 'deny' {
  if (role === null) return 'deny';
  return role === 'viewer' ? 'read' : 'write';
}

/** True when `orgId` is `rootId` or one of its descendants. */
export function isWithin(orgId: string, rootId: string, ancestorsOf: AncestorsOf): boolean {
  return orgId === rootId || ancestorsOf(orgId).includes(rootId);
}

/**
 * The nearest organization that is `a` or an ancestor of `a` and also `b` or an
 * ancestor of `b`; null when they are in different trees.
 */
export function commonAncestor(a: string, b: string, ancestorsOf: AncestorsOf): string | null {
  const ofB = new Set([b, ...ancestorsOf(b)]);
  for (const id of [a, ...ancestorsOf(a)]) if (ofB.has(id)) return id;
  return null;
}

/** Ids of the grants' organizations that are not covered by another grant (subtree roots). */
export function subtreeRoots(grants: readonly RoleGrant[], ancestorsOf: AncestorsOf): string[] {
  const ids = new Set(grants.map((g) => g.orgId));
  return Array.from(ids).filter((id) => !ancestorsOf(id).some((a) => ids.has(a)));
}
