// Where a user lands on entering the app (`/` as the tab's first page): a chair of one
// primary organization in its member list, a committee (one grant on an organization with
// subordinates) on its summary; several organizations → null, the picker with search.
import type { RoleGrant } from '@profgrid/core';

interface TreeNode {
  readonly id: string;
  readonly parentId: string | null;
  /** Direct children the user may see, when the server said (the lazy org list does). */
  readonly childCount?: number;
}

export function landingPath(
  grants: readonly RoleGrant[],
  orgs: readonly TreeNode[],
): string | null {
  const granted = [...new Set(grants.map((g) => g.orgId))];
  if (granted.length !== 1) return null;
  const id = granted[0]!;
  const node = orgs.find((o) => o.id === id);
  if (!node) return null;
  const hasChildren = (node.childCount ?? 0) > 0 || orgs.some((o) => o.parentId === id);
  return hasChildren ? `/dashboard/${encodeURIComponent(id)}` : `/org/${encodeURIComponent(id)}`;
}

/**
 * True once per page load, and only when the tab was loaded at `/` (a sign-in ends with a
 * full load of `next`, `/` by default): coming back to `/` later shows the picker.
 */
export function enteredAtRoot(navigationUrl: string | undefined, origin: string): boolean {
  if (!navigationUrl) return false;
  try {
    return new URL(navigationUrl, origin).pathname === '/';
  } catch {
    return false;
  }
}

let landed = false;

/** The landing path when this is the tab's entry at `/` (once per page load), else null. */
export function landOnEntry(
  grants: readonly RoleGrant[],
  orgs: readonly TreeNode[],
): string | null {
  if (landed) return null;
  landed = true;
  const nav = performance.getEntriesByType('navigation')[0];
  if (!enteredAtRoot(nav?.name, location.origin)) return null;
  return landingPath(grants, orgs);
}
