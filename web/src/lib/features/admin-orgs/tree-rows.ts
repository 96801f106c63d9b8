// The organization tree as rows for tables and pickers: depth-first from the roots the
// session sees (an org whose parent is not in the list is a root), children in Russian
// collation order; archived organizations only on request.
import type { OrgRecord } from '@profgrid/core';
import { ruCollator } from '../../i18n/collate.ts';

const collator = ruCollator;

export interface TreeRow {
  readonly org: OrgRecord;
  readonly depth: number;
}

export function treeRows(orgs: readonly OrgRecord[], showArchived = false): TreeRow[] {
  const visible = orgs.filter((o) => showArchived || !o.archived);
  const ids = new Set(visible.map((o) => o.id));
  const children = new Map<string | null, OrgRecord[]>();
  for (const org of visible) {
    const parent = org.parentId !== null && ids.has(org.parentId) ? org.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(org);
    children.set(parent, list);
  }
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    const list = (children.get(parent) ?? []).sort((a, b) => collator.compare(a.name, b.name));
    for (const org of list) {
      if (seen.has(org.id)) continue;
      seen.add(org.id);
      rows.push({ org, depth });
      walk(org.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

/** The organization and everything under it (a move may not target these). */
export function subtreeIds(orgId: string, orgs: readonly OrgRecord[]): Set<string> {
  const out = new Set([orgId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of orgs) {
      if (o.parentId !== null && out.has(o.parentId) && !out.has(o.id)) {
        out.add(o.id);
        grew = true;
      }
    }
  }
  return out;
}
