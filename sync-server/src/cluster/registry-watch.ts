// The database side of keeping instances in step, for when Redis is away: every
// `intervalMs` an instance reads the revisions of the organization tree and of role grants
// (registry_revs, bumped in the transaction of every change). While the cluster events are
// down, a tree revision other than the one its tree was read at reloads the tree, and a
// changed grants revision re-authorizes every open socket, and the summary rows other
// instances wrote since the last check are applied to the live rollups — so a change made
// through another instance shows here within about one interval even without Redis. While
// the events are up they do all that themselves, and the watch only follows the grants
// revision.
import type { Logger } from '../log.ts';
import type { Sql } from '../store/sql.ts';

export interface RegistryWatchOptions {
  readonly sql: Sql;
  /** The revision the in-memory tree was read at (SqlOrgRegistry.rev). */
  readonly treeRev: () => number;
  /** Whether the cluster events are down (Redis unreachable). */
  readonly eventsDown: () => boolean;
  readonly reloadTree: () => Promise<void>;
  readonly reauthorizeAll: () => void;
  /** Summary rows written elsewhere (RollupService.catchUpStored). */
  readonly catchUpRollups: (eventsDown: boolean) => Promise<void>;
  readonly logger: Logger;
  readonly intervalMs: number;
}

export interface RegistryWatch {
  /** One check now (tests; the timer calls it too). */
  check(): Promise<void>;
  stop(): void;
}

export function startRegistryWatch(o: RegistryWatchOptions): RegistryWatch {
  let accessRev: number | null = null;
  let running: Promise<void> | null = null;
  const once = async () => {
    const rows = await o.sql.all<{ name: string; rev: number }>(
      'SELECT name, rev FROM registry_revs',
    );
    const rev = (name: string) => rows.find((r) => r.name === name)?.rev ?? 0;
    const down = o.eventsDown();
    if (down && rev('tree') !== o.treeRev()) await o.reloadTree();
    if (down && accessRev !== null && rev('access') !== accessRev) o.reauthorizeAll();
    accessRev = rev('access');
    await o.catchUpRollups(down);
  };
  const check = () =>
    (running ??= once()
      .catch((err: unknown) => o.logger.error('registry watch failed', { error: String(err) }))
      .finally(() => (running = null)));
  const timer = setInterval(() => void check(), o.intervalMs);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}
