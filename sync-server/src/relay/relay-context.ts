// What every connection handler of one relay shares.
import type { Logger } from '../log.ts';
import type { OrgRegistry } from '../store/org-registry.ts';
import type { DocRooms } from './doc-rooms.ts';
import type { AccessHooks } from './hooks.ts';
import type { RelayLimits } from './limits.ts';

export interface RelayContext {
  readonly rooms: DocRooms;
  readonly registry: OrgRegistry;
  readonly hooks: AccessHooks;
  readonly limits: RelayLimits;
  readonly logger: Logger;
}
