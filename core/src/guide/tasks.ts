// The tasks waiting for a user on entry (GET /api/me/tasks): what someone expects of them
// and by when — a passport to fill before the committee's deadline; report forms, requests
// and transfers add their own kinds as those capabilities land. Each item names its kind,
// the organization it concerns and a deadline; the browser words it (Russian first) and
// links it. Ids and figures only: a task never carries personal data of members.

/** Kinds the server may send; the browser shows an unknown kind with a generic label. */
export const TASK_KINDS = ['passport', 'statform', 'duplicate', 'duplicate-common'] as const;
export type KnownTaskKind = (typeof TASK_KINDS)[number];

export interface TaskItem {
  /** Stable per task, e.g. `passport:school-004`. */
  readonly id: string;
  readonly kind: string;
  readonly orgId: string;
  /** YYYY-MM-DD, or null when nobody set one. */
  readonly deadline: string | null;
  readonly overdue: boolean;
  /** Whole figures the label may quote (e.g. `percent` of the passport filled). */
  readonly figures: Readonly<Record<string, number>>;
}

/** GET /api/me/tasks */
export interface TaskList {
  readonly today: string;
  readonly tasks: readonly TaskItem[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseTask(v: unknown): TaskItem | null {
  if (!isObj(v)) return null;
  const { id, kind, orgId, deadline, overdue, figures } = v;
  if (typeof id !== 'string' || typeof kind !== 'string' || typeof orgId !== 'string') return null;
  if (!(deadline === null || (typeof deadline === 'string' && ISO.test(deadline)))) return null;
  if (typeof overdue !== 'boolean' || !isObj(figures)) return null;
  if (!Object.values(figures).every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return null;
  }
  return { id, kind, orgId, deadline, overdue, figures: figures as Record<string, number> };
}

/** Validates a task list (REST body); null when it is not one. Bad items make it null. */
export function parseTaskList(v: unknown): TaskList | null {
  if (!isObj(v) || typeof v['today'] !== 'string' || !Array.isArray(v['tasks'])) return null;
  const tasks = v['tasks'].map(parseTask);
  if (tasks.some((t) => t === null)) return null;
  return { today: v['today'], tasks: tasks as TaskItem[] };
}

/** Sorted for display: overdue first, then by deadline (none last), then by id. */
export function sortTasks(tasks: readonly TaskItem[]): TaskItem[] {
  return [...tasks].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
      a.id.localeCompare(b.id),
  );
}
