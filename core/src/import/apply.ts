// Applying an import plan: every add and update in ONE OrgDoc transaction, so peers and
// the undo stack see the import as a single change and nothing is ever half-applied.
import type { OrgDoc } from '../doc/org-doc.ts';
import type { ImportPlan } from './plan.ts';

export function applyImportPlan(doc: OrgDoc, plan: ImportPlan): void {
  if (plan.adds.length === 0 && plan.updates.length === 0) return;
  doc.transact(() => {
    for (const { id, fields } of plan.adds) doc.addMember(id, fields);
    if (plan.updates.length > 0) doc.setMemberFields(plan.updates);
  });
}
