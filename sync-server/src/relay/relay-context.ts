// What every connection handler of one relay shares.
import type { Logger } from '../log.ts';
import type { RelayMetrics } from '../metrics/relay-metrics.ts';
import type { OrgRegistry } from '../registry/org-registry.ts';
import type { DocOwner } from './doc-access.ts';
import type { DocRooms } from './doc-rooms.ts';
import type { AccessHooks, RelayObserver } from './hooks.ts';
import type { RelayLimits } from './limits.ts';
import type { LiveConnections } from './live-connections.ts';

export interface RelayContext {
  readonly rooms: DocRooms;
  readonly registry: OrgRegistry;
  readonly hooks: AccessHooks;
  /** The owner of a document name (doc-access.ts); absent = `org:<id>` only. */
  readonly docOwner?: DocOwner;
  readonly limits: RelayLimits;
  readonly logger: Logger;
  readonly observer: RelayObserver;
  readonly metrics: RelayMetrics;
  /** Open connections, for re-authorization when access changes and revalidation. */
  readonly live: LiveConnections;
}

export type { LiveConnection } from './live-connections.ts';
