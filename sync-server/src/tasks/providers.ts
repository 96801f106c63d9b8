// The task providers the app runs, in one list: add a capability's provider here.
import type { ApiContext } from '../http/api-context.ts';
import type { RollupService } from '../rollups/rollup-service.ts';
import type { StatformService } from '../statforms/statform-service.ts';
import type { DuplicateIndex } from '../duplicates/duplicate-index.ts';
import { duplicateTasks } from './duplicate-tasks.ts';
import { passportTasks } from './passport-tasks.ts';
import { statformTasks } from './statform-tasks.ts';
import type { TaskProvider } from './task-provider.ts';

export function taskProviders(
  ctx: ApiContext,
  rollups: RollupService | undefined,
  forms: StatformService | undefined,
  duplicates?: DuplicateIndex,
): TaskProvider[] {
  return [
    ...(rollups ? [passportTasks(ctx.registry, rollups)] : []),
    ...(forms ? [statformTasks(ctx.registry, forms)] : []),
    ...(duplicates ? [duplicateTasks(ctx.registry, duplicates)] : []),
  ];
}
