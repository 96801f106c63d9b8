// The task providers the app runs, in one list: add a capability's provider here.
import type { ApiContext } from '../http/api-context.ts';
import type { RollupService } from '../rollups/rollup-service.ts';
import type { StatformService } from '../statforms/statform-service.ts';
import type { TransferService } from '../transfers/transfer-service.ts';
import { passportTasks } from './passport-tasks.ts';
import { statformTasks } from './statform-tasks.ts';
import { transferTasks } from './transfer-tasks.ts';
import type { TaskProvider } from './task-provider.ts';

export function taskProviders(
  ctx: ApiContext,
  rollups: RollupService | undefined,
  forms: StatformService | undefined,
  transfers?: TransferService,
): TaskProvider[] {
  return [
    ...(rollups ? [passportTasks(ctx.registry, rollups)] : []),
    ...(forms ? [statformTasks(ctx.registry, forms)] : []),
    ...(transfers ? [transferTasks(ctx.registry, transfers)] : []),
  ];
}
