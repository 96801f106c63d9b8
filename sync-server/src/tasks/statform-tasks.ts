// Report-form task: for each organization the user edits (editor or admin grant on it), every
// reporting campaign covering it (opened by it or an ancestor) whose form is not handed in
// or accepted is a task with the campaign's deadline; a returned form says so (figures
// `returned` 1); a closed campaign sets no task. From the forms' own tables, no document opened.
import type { TaskItem } from '@profgrid/core';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import type { StatformService } from '../statforms/statform-service.ts';
import { editedOrgs } from './edited-orgs.ts';
import type { TaskProvider } from './task-provider.ts';

export function statformTasks(registry: SqlOrgRegistry, forms: StatformService): TaskProvider {
  return async (asker) => {
    const tasks: TaskItem[] = [];
    for (const org of editedOrgs(registry, asker)) {
      const seen = new Set<string>();
      for (const campaign of await forms.campaignsCovering(org.id)) {
        // a closed campaign asks nothing more; two committees' campaigns for one date: one task
        if (campaign.closedAt || seen.has(campaign.asOf)) continue;
        seen.add(campaign.asOf);
        const form = await forms.store.form(org.id, campaign.asOf);
        if (form?.state === 'submitted' || form?.state === 'accepted') continue;
        tasks.push({
          id: `statform:${org.id}:${campaign.asOf}`,
          kind: 'statform',
          orgId: org.id,
          deadline: campaign.deadline,
          overdue: campaign.deadline < asker.today,
          figures: { returned: form?.state === 'returned' ? 1 : 0 },
        });
      }
    }
    return tasks;
  };
}
