// The last known figures of a dashboard, kept in Dexie so an offline committee still sees
// numbers and how old they are. Stored in the `dashboards` table by organization, so it
// belongs to the signed-in user and goes with the logout wipe. Rows are validated on read with core's decoders (an older version may have
// written them); unreadable rows count as absent.
import { parseChildrenRollups, parseOrgRollup } from '@profgrid/core';
import type { ChildRollup, OrgRollup } from '@profgrid/core';
import type { ProfgridDb } from '../persistence/index.ts';

export interface CachedDashboard {
  readonly rollup: OrgRollup;
  readonly children: readonly ChildRollup[];
  /** ISO timestamp when these figures were received from the server. */
  readonly savedAt: string;
}

export async function saveDashboard(
  db: ProfgridDb,
  orgId: string,
  rollup: OrgRollup,
  children: readonly ChildRollup[],
  savedAt: string,
): Promise<void> {
  await db.dashboards.put({ orgId, rollup, children: [...children], savedAt });
}

export async function loadDashboard(
  db: ProfgridDb,
  orgId: string,
): Promise<CachedDashboard | null> {
  const row = await db.dashboards.get(orgId);
  if (!row || typeof row.savedAt !== 'string') return null;
  const rollup = parseOrgRollup(row.rollup);
  const children = parseChildrenRollups({ orgId, children: row.children });
  return rollup && children ? { rollup, children: children.children, savedAt: row.savedAt } : null;
}

/** The wall clock as ISO (kept out of rune modules, which must not hold plain Dates). */
export function nowIso(): string {
  return new Date().toISOString();
}
