// Transfer tasks on the entry page: for each organization the user edits, the transfers
// waiting for its decision (one task with their count, overdue when any waited longer than
// TRANSFER_OVERDUE_DAYS); for a committee, the overdue transfers between organizations it
// is the nearest common committee of (counts only).
import type { TaskItem } from '@profgrid/core';
import { TRANSFER_OVERDUE_DAYS } from '@profgrid/core/transfers';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import type { TransferService } from '../transfers/transfer-service.ts';
import { editedOrgs } from './edited-orgs.ts';
import type { TaskProvider } from './task-provider.ts';

const DAY_MS = 86_400_000;

export function transferTasks(registry: SqlOrgRegistry, transfers: TransferService): TaskProvider {
  return async (asker) => {
    const tasks: TaskItem[] = [];
    const orgs = editedOrgs(registry, asker);
    const incoming = await transfers.store.pendingTo(orgs.map((o) => o.id));
    const now = transfers.nowMs();
    for (const org of orgs) {
      const mine = incoming.filter((t) => t.toOrgId === org.id);
      if (mine.length > 0) {
        const oldest = Math.min(...mine.map((t) => t.createdAt));
        const days = Math.floor((now - oldest) / DAY_MS);
        tasks.push({
          id: `transfer-in:${org.id}`,
          kind: 'transfer-in',
          orgId: org.id,
          deadline: null,
          overdue: days >= TRANSFER_OVERDUE_DAYS,
          figures: { count: mine.length, days },
        });
      }
      if (registry.childrenOf(org.id).length === 0) continue;
      const overdue = await transfers.overdueUnder(org.id);
      if (overdue.length > 0) {
        tasks.push({
          id: `transfer-overdue:${org.id}`,
          kind: 'transfer-overdue',
          orgId: org.id,
          deadline: null,
          overdue: true,
          figures: { count: overdue.length },
        });
      }
    }
    return tasks;
  };
}
