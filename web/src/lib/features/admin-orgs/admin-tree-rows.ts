// The admin's lazily loaded tree as table rows: depth-first over the levels loaded so far,
// into an organization only when it is expanded, a «more» row where a level has children
// not yet asked for; archived organizations only on request. Each organization once, even
// when a stale level still lists one that moved.
import type { OrgNode, OrgTreeLevel } from '@profgrid/core';

export interface LoadedLevel {
  /** The children asked for so far, in the server's order (Russian collation). */
  readonly children: readonly OrgNode[];
  /** All the level's children (the rest come with «more»). */
  readonly total: number;
}

export type AdminTreeRow =
  | { readonly kind: 'org'; readonly org: OrgNode; readonly depth: number; readonly open: boolean }
  | {
      readonly kind: 'more';
      /** '' for the top level. */
      readonly parentId: string;
      readonly depth: number;
      readonly left: number;
    };

export function adminTreeRows(
  levels: ReadonlyMap<string, LoadedLevel>,
  expanded: ReadonlySet<string>,
  showArchived: boolean,
): AdminTreeRow[] {
  const rows: AdminTreeRow[] = [];
  const seen = new Set<string>();
  const walk = (key: string, depth: number) => {
    const level = levels.get(key);
    if (!level) return;
    for (const org of level.children) {
      if ((org.archived && !showArchived) || seen.has(org.id)) continue;
      seen.add(org.id);
      const open = expanded.has(org.id) && levels.has(org.id);
      rows.push({ kind: 'org', org, depth, open });
      if (open) walk(org.id, depth + 1);
    }
    const left = level.total - level.children.length;
    if (left > 0) rows.push({ kind: 'more', parentId: key, depth, left });
  };
  walk('', 0);
  return rows;
}

// Immutable copies the runes of admin-tree.svelte.ts replace whole.

export const noLevels = (): ReadonlyMap<string, LoadedLevel> => new Map();
export const noIds = (): ReadonlySet<string> => new Set();

export function withId(ids: ReadonlySet<string>, id: string, present: boolean) {
  const next = new Set(ids);
  if (present) next.add(id);
  else next.delete(id);
  return next as ReadonlySet<string>;
}

/**
 * `levels` with the children of `key` ('' = top) from a fetched level — replacing what was
 * loaded, or after it for the next page — and the level's parent node (fresh child count)
 * put wherever a loaded level lists it.
 */
export function withLevel(
  levels: ReadonlyMap<string, LoadedLevel>,
  key: string,
  level: OrgTreeLevel,
  append: boolean,
): ReadonlyMap<string, LoadedLevel> {
  const before = levels.get(key);
  const children: OrgNode[] = append && before ? [...before.children] : [];
  const seen = new Set(children.map((c) => c.id));
  for (const c of level.children) if (!seen.has(c.id)) children.push(c);
  const next = new Map(levels);
  next.set(key, { children, total: level.total });
  const parent = level.parent;
  if (parent) {
    for (const [k, l] of next) {
      const i = l.children.findIndex((c) => c.id === parent.id);
      if (i < 0) continue;
      const replaced = l.children.slice();
      replaced[i] = parent;
      next.set(k, { ...l, children: replaced });
    }
  }
  return next;
}
