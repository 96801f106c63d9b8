// Data-request task: for each organization the user edits (editor or admin grant on it),
// every request it received and has not marked answered is a task with the request's
// deadline; a committee's reminder raises it again (figures `reminders`, and it stays until
// answered). From the requests' own tables, no document opened.
import type { TaskItem } from '@profgrid/core';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import type { RequestService } from '../requests/request-service.ts';
import { editedOrgs } from './edited-orgs.ts';
import type { TaskProvider } from './task-provider.ts';

export function requestTasks(registry: SqlOrgRegistry, requests: RequestService): TaskProvider {
  return async (asker) => {
    const orgIds = editedOrgs(registry, asker).map((o) => o.id);
    const open = await requests.store.unansweredFor(orgIds);
    return open.map(({ request, recipient }): TaskItem => ({
      id: `request:${request.id}:${recipient.orgId}`,
      kind: 'request',
      orgId: recipient.orgId,
      deadline: request.deadline,
      overdue: request.deadline < asker.today,
      figures: { reminders: recipient.reminders, questions: request.questions.length },
    }));
  };
}
