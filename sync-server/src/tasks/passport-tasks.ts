// Passport task: for each primary organization the user edits (editor or admin grant on it,
// no live subordinates), an incomplete passport is a task with the deadline in force (its
// own or the nearest committee's) and the percent filled — from the own summaries the
// relay keeps, no document opened. Complete passports are no task.
import { passportStatus } from '@profgrid/core';
import type { TaskItem } from '@profgrid/core';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import type { RollupService } from '../rollups/rollup-service.ts';
import { editedOrgs } from './edited-orgs.ts';
import type { TaskProvider } from './task-provider.ts';

export function passportTasks(registry: SqlOrgRegistry, rollups: RollupService): TaskProvider {
  return async (asker) => {
    const tasks: TaskItem[] = [];
    for (const org of editedOrgs(registry, asker)) {
      if (registry.childrenOf(org.id).some((c) => !c.archived)) continue;
      const { deadline } = await rollups.deadlines.effective(org.id, registry.ancestorsOf(org.id));
      const status = passportStatus({ ...org, own: rollups.own(org.id) }, deadline, asker.today);
      if (status.missing.length === 0) continue;
      tasks.push({
        id: `passport:${org.id}`,
        kind: 'passport',
        orgId: org.id,
        deadline,
        overdue: status.overdue,
        figures: { percent: status.percent, missing: status.missing.length },
      });
    }
    return tasks;
  };
}
