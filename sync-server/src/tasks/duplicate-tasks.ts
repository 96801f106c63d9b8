// Duplicate-person task: for each organization the user edits, the members also on the
// register of another organization (duplicates/), as a count; the chair opens the list
// to resolve them. Ids and figures only.
import type { TaskItem } from '@profgrid/core';
import type { DuplicateIndex } from '../duplicates/duplicate-index.ts';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import { editedOrgs } from './edited-orgs.ts';
import type { TaskProvider } from './task-provider.ts';

export function duplicateTasks(registry: SqlOrgRegistry, index: DuplicateIndex): TaskProvider {
  return async (asker) => {
    const tasks: TaskItem[] = [];
    for (const org of editedOrgs(registry, asker)) {
      const committee = registry.childrenOf(org.id).some((c) => !c.archived);
      const count = committee
        ? (await index.summary(org.id)).common
        : (await index.listFor(org.id)).length;
      if (count === 0) continue;
      tasks.push({
        id: `${committee ? 'duplicate-common' : 'duplicate'}:${org.id}`,
        kind: committee ? 'duplicate-common' : 'duplicate',
        orgId: org.id,
        deadline: null,
        overdue: false,
        figures: { count },
      });
    }
    return tasks;
  };
}
