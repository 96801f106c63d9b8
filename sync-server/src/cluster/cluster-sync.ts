// What one instance does with the other instances' ClusterEvents: the caches an instance
// keeps in memory (the organization tree, subtree rollups) and the access state of its
// open sockets follow changes made elsewhere. After Redis reconnects, events may have
// been missed: everything cached is re-read from the shared database and every socket is
// re-checked. Only in shared mode (REDIS_URL); one instance on SQLite never gets here.
import type { Logger } from '../log.ts';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import type { SortedOrg } from '../registry/org-tree-index.ts';
import type { Relay } from '../relay/relay.ts';
import type { RollupService } from '../rollups/rollup-service.ts';
import type { ClusterEvent, ClusterEvents } from './cluster-events.ts';

export interface ClusterSyncTargets {
  readonly registry: SqlOrgRegistry;
  readonly rollups: RollupService;
  readonly relay: Relay;
  readonly logger: Logger;
}

export function applyClusterEvent(event: ClusterEvent, t: ClusterSyncTargets): void {
  switch (event.kind) {
    case 'tree':
      if (event.orgs) applyTreeChange(t, event.orgs, event.rev ?? null);
      else void reloadTree(t);
      return;
    case 'access':
      t.relay.reauthorize((p) => p.id === event.userId);
      return;
    case 'sessions':
      void t.relay.revalidate();
      return;
    case 'rollup':
      t.rollups.applyRemote(event, event.version);
      return;
  }
}

/**
 * Another instance's rows: into the tree; rollups move with the re-chained organizations,
 * and sockets are re-checked when an existing organization moved or was (un)archived.
 */
function applyTreeChange(
  t: ClusterSyncTargets,
  orgs: readonly SortedOrg[],
  rev: number | null,
): void {
  const structural = orgs.some(({ org }) => {
    const prev = t.registry.get(org.id);
    return prev !== undefined && (prev.parentId !== org.parentId || prev.archived !== org.archived);
  });
  const rechained = t.registry.applyRemote({ orgs, rev });
  if (!structural) return;
  t.rollups.treeChanged(rechained);
  t.relay.reauthorize();
}

/** Re-reads the tree, then moves rollups and re-checks sockets against it. */
export async function reloadTree(t: ClusterSyncTargets): Promise<void> {
  try {
    await t.registry.reload();
  } catch (err) {
    t.logger.error('registry reload failed', { error: String(err) });
  }
  t.rollups.treeChanged();
  t.relay.reauthorize();
}

export function followCluster(events: ClusterEvents, t: ClusterSyncTargets): void {
  events.subscribe((event) => applyClusterEvent(event, t));
  events.onReconnect(() => {
    t.logger.info('cluster state re-read', {});
    void (async () => {
      await reloadTree(t);
      await t.rollups
        .reloadStored()
        .catch((err: unknown) => t.logger.error('rollup reload failed', { error: String(err) }));
      await t.relay.revalidate();
    })();
  });
}
