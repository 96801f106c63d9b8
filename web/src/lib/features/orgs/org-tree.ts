// Shapes one level of the tree for the picker: committees (organizations with children of
// their own, or territorial levels) first, then primary organizations grouped by
// institution type; each group by name in Russian collation.
import { INSTITUTION_TYPES } from '@profgrid/core';
import type { InstitutionType, OrgNode } from '@profgrid/core';

import { ruCollator } from '../../i18n/collate.ts';

const collator = ruCollator;
const byName = (a: OrgNode, b: OrgNode) => collator.compare(a.name, b.name);

export interface OrgGroup {
  readonly type: InstitutionType;
  readonly orgs: readonly OrgNode[];
}

export interface OrgLevelView {
  readonly committees: readonly OrgNode[];
  readonly groups: readonly OrgGroup[];
}

const isPrimary = (o: OrgNode) =>
  o.childCount === 0 &&
  (o.level === 'primary' || o.level === 'primary-territorial' || o.level === 'profgroup');

export function groupLevel(children: readonly OrgNode[]): OrgLevelView {
  const committees = children.filter((o) => !isPrimary(o)).sort(byName);
  const byType = new Map<InstitutionType, OrgNode[]>();
  for (const org of children) {
    if (!isPrimary(org)) continue;
    const type = (INSTITUTION_TYPES as readonly string[]).includes(org.institutionType ?? '')
      ? (org.institutionType as InstitutionType)
      : 'other';
    const list = byType.get(type) ?? [];
    list.push(org);
    byType.set(type, list);
  }
  const groups = INSTITUTION_TYPES.filter((t) => byType.has(t)).map((type) => ({
    type,
    orgs: byType.get(type)!.sort(byName),
  }));
  return { committees, groups };
}
