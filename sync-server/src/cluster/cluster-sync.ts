// What one instance does with the other instances' ClusterEvents: the caches an instance
// keeps in memory (the organization tree, subtree rollups) and the access state of its
// open sockets follow changes made elsewhere. After Redis reconnects, events may have
// been missed: everything cached is re-read from the shared SQLite and every socket is
// re-checked. Only in shared mode (REDIS_URL); one instance on SQLite never gets here.
import type { Logger } from '../log.ts';
import type { SqliteOrgRegistry } from '../registry/org-registry.ts';
import type { Relay } from '../relay/relay.ts';
import type { RollupService } from '../rollups/rollup-service.ts';
import type { ClusterEvent, ClusterEvents } from './cluster-events.ts';

export interface ClusterSyncTargets {
  readonly registry: SqliteOrgRegistry;
  readonly rollups: RollupService;
  readonly relay: Relay;
  readonly logger: Logger;
}

export function applyClusterEvent(event: ClusterEvent, t: ClusterSyncTargets): void {
  switch (event.kind) {
    case 'tree':
      t.registry.reload();
      t.rollups.treeChanged();
      t.relay.reauthorize();
      return;
    case 'access':
      t.relay.reauthorize((p) => p.id === event.userId);
      return;
    case 'sessions':
      void t.relay.revalidate();
      return;
    case 'rollup':
      t.rollups.applyRemote(event);
      return;
  }
}

export function followCluster(events: ClusterEvents, t: ClusterSyncTargets): void {
  events.subscribe((event) => applyClusterEvent(event, t));
  events.onReconnect(() => {
    t.logger.info('cluster state re-read', {});
    t.registry.reload();
    t.rollups.treeChanged();
    t.rollups.reloadStored();
    t.relay.reauthorize();
    void t.relay.revalidate();
  });
}
