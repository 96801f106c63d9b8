// The task providers the app runs, in one list: add a capability's provider here.
import type { FeedbackStore } from '../feedback/feedback-store.ts';
import type { ApiContext } from '../http/api-context.ts';
import type { RollupService } from '../rollups/rollup-service.ts';
import type { StatformService } from '../statforms/statform-service.ts';
import type { DuplicateIndex } from '../duplicates/duplicate-index.ts';
import { duplicateTasks } from './duplicate-tasks.ts';
import { feedbackTasks } from './feedback-tasks.ts';
import type { RequestService } from '../requests/request-service.ts';
import { requestTasks } from './request-tasks.ts';
import type { TransferService } from '../transfers/transfer-service.ts';
import { passportTasks } from './passport-tasks.ts';
import { statformTasks } from './statform-tasks.ts';
import { transferTasks } from './transfer-tasks.ts';
import type { TaskProvider } from './task-provider.ts';

/** What the providers read; each is absent in tests of other routes. */
export interface TaskSources {
  readonly rollups?: RollupService | undefined;
  readonly statforms?: StatformService | undefined;
  readonly duplicates?: DuplicateIndex | undefined;
  readonly feedback?: FeedbackStore | undefined;
  readonly requests?: RequestService | undefined;
  readonly transfers?: TransferService | undefined;
}

export function taskProviders(ctx: ApiContext, sources: TaskSources): TaskProvider[] {
  const { rollups, statforms: forms, duplicates, feedback, requests, transfers } = sources;
  return [
    ...(rollups ? [passportTasks(ctx.registry, rollups)] : []),
    ...(forms ? [statformTasks(ctx.registry, forms)] : []),
    ...(duplicates ? [duplicateTasks(ctx.registry, duplicates)] : []),
    ...(feedback ? [feedbackTasks(feedback)] : []),
    ...(requests ? [requestTasks(ctx.registry, requests)] : []),
    ...(transfers ? [transferTasks(ctx.registry, transfers)] : []),
  ];
}
