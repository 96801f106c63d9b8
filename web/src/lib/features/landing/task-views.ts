// How each kind of task reads and where it leads. A capability that adds a task kind on
// the server adds its wording here; an unknown kind still shows, generically.
import { formatRuDate } from '@profgrid/core';
import type { TaskItem } from '@profgrid/core';
import type { MessageKey } from '../../i18n/index.ts';

export interface TaskView {
  readonly text: { key: MessageKey; params: Record<string, string | number> };
  readonly href: string;
  /** «срок ДД.ММ.ГГГГ», «срок прошёл ДД.ММ.ГГГГ», or none. */
  readonly due: { key: MessageKey; params: Record<string, string | number> } | null;
}

type Describe = (task: TaskItem, orgName: string) => Omit<TaskView, 'due'>;

const VIEWS: Record<string, Describe> = {
  passport: (task, org) => ({
    text: { key: 'tasks.passport', params: { org, percent: task.figures['percent'] ?? 0 } },
    href: `/org/${encodeURIComponent(task.orgId)}?tab=passport`,
  }),
  statform: (task, org) => ({
    text: {
      key: task.figures['returned'] ? 'tasks.statformReturned' : 'tasks.statform',
      params: { org },
    },
    // the id is `statform:<orgId>:<reporting date>`: the task opens that date's form
    href: `/forms/${encodeURIComponent(task.orgId)}/${task.id.split(':')[2] ?? ''}`,
  }),
  duplicate: (task, org) => ({
    text: { key: 'tasks.duplicate', params: { org, count: task.figures['count'] ?? 0 } },
    href: `/duplicates/${encodeURIComponent(task.orgId)}`,
  }),
  'duplicate-common': (task, org) => ({
    text: { key: 'tasks.duplicate-common', params: { org, count: task.figures['count'] ?? 0 } },
    href: `/duplicates/${encodeURIComponent(task.orgId)}`,
  }),
};

export function taskView(task: TaskItem, orgName: string): TaskView {
  const describe: Describe =
    VIEWS[task.kind] ??
    ((t, org) => ({
      text: { key: 'tasks.other', params: { org } },
      href: `/org/${encodeURIComponent(t.orgId)}`,
    }));
  const due = task.deadline
    ? {
        key: (task.overdue ? 'tasks.overdue' : 'tasks.due') as MessageKey,
        params: { date: formatRuDate(task.deadline) },
      }
    : null;
  return { ...describe(task, orgName), due };
}
