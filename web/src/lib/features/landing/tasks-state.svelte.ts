// The tasks waiting for the signed-in user (GET /api/me/tasks) as runes. Loaded once per
// page load when a session is usable; offline it stays empty ('unavailable') — tasks are
// about deadlines kept by the server, a stale copy would mislead.
import { parseTaskList } from '@profgrid/core';
import type { TaskItem } from '@profgrid/core';
import { api } from '../api/index.ts';

export type TasksStatus = 'idle' | 'loading' | 'ready' | 'unavailable';

class TasksState {
  tasks = $state.raw<readonly TaskItem[]>([]);
  status = $state<TasksStatus>('idle');

  async load(): Promise<void> {
    if (this.status === 'loading') return;
    this.status = 'loading';
    const r = await api.get('/api/me/tasks', parseTaskList);
    const list = r.ok ? r.value : null;
    this.tasks = list?.tasks ?? [];
    this.status = list ? 'ready' : 'unavailable';
  }
}

export const tasks = new TasksState();
