// Shapes the flat organization list for the picker: the chain of territorial
// organizations from the root, and primary organizations grouped by institution type,
// each group sorted with Russian collation, filtered by a search text.
import { INSTITUTION_TYPES } from '@profgrid/core';
import type { InstitutionType, Organization } from '@profgrid/core';
import { ruCollator } from '../../i18n/collate.ts';

const collator = ruCollator;

export interface OrgGroup {
  readonly type: InstitutionType;
  readonly orgs: readonly Organization[];
}

export interface OrgTreeView {
  /** Territorial organizations (central → region → city), depth-first with depth. */
  readonly territorial: readonly { org: Organization; depth: number }[];
  readonly groups: readonly OrgGroup[];
  readonly matchCount: number;
}

const fold = (text: string) => text.toLocaleLowerCase('ru').replace(/ё/g, 'е');

/** Every word of the query occurs in the name; a number matches whole numbers only (4 ≠ 14). */
function matches(org: Organization, query: string): boolean {
  if (query === '') return true;
  const hay = fold(`${org.name} ${org.shortName}`);
  return fold(query)
    .split(/\s+/)
    .every((part) =>
      /^\d+$/.test(part) ? new RegExp(`(^|\\D)${part}(\\D|$)`).test(hay) : hay.includes(part),
    );
}

export function buildOrgTree(orgs: readonly Organization[], query = ''): OrgTreeView {
  const q = query.trim();
  const territorial: { org: Organization; depth: number }[] = [];
  const children = new Map<string | null, Organization[]>();
  for (const org of orgs) {
    if (org.level === 'primary' || org.level === 'primary-territorial' || org.level === 'profgroup')
      continue;
    const list = children.get(org.parentId) ?? [];
    list.push(org);
    children.set(org.parentId, list);
  }
  const ids = new Set(orgs.map((o) => o.id));
  const walk = (parent: string | null, depth: number) => {
    for (const org of (children.get(parent) ?? []).sort((a, b) =>
      collator.compare(a.name, b.name),
    )) {
      territorial.push({ org, depth });
      walk(org.id, depth + 1);
    }
  };
  walk(null, 0);
  // Territorial orgs whose parent is not in the list (a partial tree) start at depth 0.
  for (const [parent, list] of children) {
    if (parent !== null && !ids.has(parent))
      for (const org of list) territorial.push({ org, depth: 0 });
  }
  const byType = new Map<InstitutionType, Organization[]>();
  let matchCount = 0;
  for (const org of orgs) {
    if (org.level !== 'primary' && org.level !== 'primary-territorial') continue;
    if (!matches(org, q)) continue;
    matchCount++;
    const type = (INSTITUTION_TYPES as readonly string[]).includes(org.institutionType ?? '')
      ? (org.institutionType as InstitutionType)
      : 'other';
    const list = byType.get(type) ?? [];
    list.push(org);
    byType.set(type, list);
  }
  const groups = INSTITUTION_TYPES.filter((t) => byType.has(t)).map((type) => ({
    type,
    orgs: byType.get(type)!.sort((a, b) => collator.compare(a.name, b.name)),
  }));
  return { territorial: territorial.filter((t) => matches(t.org, q)), groups, matchCount };
}
