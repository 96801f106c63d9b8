// GET /me/tasks → TaskList: what the session's user is expected to do, from every
// registered provider (providers.ts), overdue first. Mounted at /api/me/tasks behind
// requireSession.
import { Hono } from 'hono';
import { sortTasks } from '@profgrid/core';
import type { TaskList } from '@profgrid/core';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { taskProviders } from './providers.ts';
import type { TaskSources } from './providers.ts';

export function taskRoutes(ctx: ApiContext, sources: TaskSources): Hono<ApiEnv> {
  const providers = taskProviders(ctx, sources);
  // The rollups' calendar day, so a deadline is overdue here exactly when monitoring says so.
  const today = () => sources.rollups?.today() ?? new Date().toISOString().slice(0, 10);
  return new Hono<ApiEnv>().get('/', async (c) => {
    const asker = { user: c.var.user, access: c.var.access, today: today() };
    const lists = await Promise.all(providers.map((p) => p(asker)));
    const body: TaskList = { today: asker.today, tasks: sortTasks(lists.flat()) };
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  });
}
