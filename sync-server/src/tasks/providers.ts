// The task providers the app runs, in one list: add a capability's provider here.
import type { ApiContext } from '../http/api-context.ts';
import type { RollupService } from '../rollups/rollup-service.ts';
import { passportTasks } from './passport-tasks.ts';
import type { TaskProvider } from './task-provider.ts';

export function taskProviders(ctx: ApiContext, rollups: RollupService | undefined): TaskProvider[] {
  return rollups ? [passportTasks(ctx.registry, rollups)] : [];
}
