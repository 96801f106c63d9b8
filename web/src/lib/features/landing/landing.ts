// Where a user lands on entering the app (`/` as the tab's first page): a chair of one
// primary organization in its member list, a committee (one grant on an organization with
// subordinates) on its summary; several organizations → null, the picker with search.
// The path is remembered for the user in this browser, so the next entry goes there at
// once instead of waiting for the organization tree to tell a committee from a primary:
// app.html sends an entry at `/` there before the app's code loads (`window.pgEarlyLanding`),
// and the app confirms it once the user is known (confirmEarlyLanding).
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

const REMEMBERED_KEY = 'profgrid.landing';

/** The path this browser landed `userId` on last time, if it still names one of `grants`. */
export function rememberedLanding(userId: string, grants: readonly RoleGrant[]): string | null {
  let stored: unknown;
  try {
    stored = JSON.parse(localStorage.getItem(REMEMBERED_KEY) ?? 'null');
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null) return null;
  const { user, path } = stored as { user?: unknown; path?: unknown };
  if (user !== userId || typeof path !== 'string') return null;
  const match = /^\/(?:org|dashboard)\/([^/]+)$/.exec(path);
  const granted = new Set(grants.map((g) => g.orgId));
  return match?.[1] && granted.size === 1 && granted.has(decodeURIComponent(match[1]))
    ? path
    : null;
}

/** Remembers where `userId` lands (or forgets it: several organizations, none). */
export function rememberLanding(userId: string, path: string | null): void {
  try {
    if (path) localStorage.setItem(REMEMBERED_KEY, JSON.stringify({ user: userId, path }));
    else localStorage.removeItem(REMEMBERED_KEY);
  } catch {
    // Storage disabled: every entry waits for the tree, as before.
  }
}

/**
 * Once a user is known: null when app.html sent this tab's entry at `/` to the path that
 * `userId` would land on (or sent it nowhere); `/` when it was someone else's or no longer
 * fits the grants — the entry then lands from `/` as usual. Once per page load.
 */
export function confirmEarlyLanding(userId: string, grants: readonly RoleGrant[]): string | null {
  const w = globalThis as { pgEarlyLanding?: unknown };
  const path = w.pgEarlyLanding;
  delete w.pgEarlyLanding;
  if (typeof path !== 'string') return null;
  if (rememberedLanding(userId, grants) !== path) return '/';
  landed = true;
  return null;
}

/** The landing path when this is the tab's entry at `/` (once per page load), else null. */
export function landOnEntry(
  grants: readonly RoleGrant[],
  orgs: readonly TreeNode[] | 'loading',
  remembered: string | null = null,
): string | null {
  if (landed) return null;
  if (orgs === 'loading' && !remembered) return null;
  landed = true;
  const nav = performance.getEntriesByType('navigation')[0];
  if (!enteredAtRoot(nav?.name, location.origin)) return null;
  return orgs === 'loading' ? remembered : landingPath(grants, orgs);
}

let guessed = false;

/**
 * On the tab's entry at `/` with nothing remembered (the first entry after signing in): the
 * one organization granted, which the user lands on once the tree tells whether it has
 * subordinates. The page starts that organization's dashboard (its code, its first answers)
 * meanwhile, the usual landing of a committee. Not for an editor (a chair, whose primary
 * lands in its member list: its grid's code goes first). Null otherwise; once per page load.
 */
export function likelyDashboard(userId: string, grants: readonly RoleGrant[]): string | null {
  if (guessed || landed) return null;
  guessed = true;
  const granted = [...new Set(grants.map((g) => g.orgId))];
  if (granted.length !== 1 || grants.some((g) => g.role === 'editor')) return null;
  if (rememberedLanding(userId, grants)) return null;
  const nav = performance.getEntriesByType('navigation')[0];
  return enteredAtRoot(nav?.name, location.origin) ? granted[0]! : null;
}
