// The start-up back-fills (the duplicate index, then the positions) run on one instance
// at a time. With several instances on one PostgreSQL, the first to start takes a lock
// every instance respects; one that starts meanwhile tries again every `retryMs` and,
// once it has the lock, finds every organization marked done and does nothing. Without
// the lock a second instance started during the first one's back-fill (a scale-out, a
// rolling restart after seeding) decoded and indexed the same documents again beside it,
// rewriting the same rows: the machine's cores went to that twice over instead of to the
// answers of both. SQLite has one instance: the back-fills simply run.
import type { Logger } from './log.ts';
import type { Sql } from './store/sql.ts';

/** The advisory lock of the start-up back-fills (PostgreSQL). */
export const BACKFILL_LOCK = 7_311_004;

export interface StartupBackfillsOptions {
  readonly sql: Sql;
  readonly logger: Logger;
  /** The back-fills themselves; each organization marked done in the shared database. */
  readonly run: () => Promise<void>;
  /** How often an instance that found the lock held tries again; default 2000 ms. */
  readonly retryMs?: number;
}

export interface StartupBackfills {
  /** Settles when the back-fills ran here, or were stopped. */
  readonly done: Promise<void>;
  /** No further try; resolves with `done` (a run under way ends by its own stop). */
  stop(): Promise<void>;
}

export function startBackfills(o: StartupBackfillsOptions): StartupBackfills {
  let stopped = false;
  let wake: (() => void) | null = null;
  const pause = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, o.retryMs ?? 2000);
      timer.unref();
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const done = (async () => {
    let waited = false;
    while (!stopped) {
      try {
        if (await o.sql.tryExclusive(BACKFILL_LOCK, () => (stopped ? Promise.resolve() : o.run())))
          return;
        if (!waited) o.logger.info('start-up back-fills wait for another instance', {});
        waited = true;
      } catch (err) {
        o.logger.error('start-up back-fills not started', { error: String(err) });
      }
      await pause();
      wake = null;
    }
  })();
  return {
    done,
    stop() {
      stopped = true;
      wake?.();
      return done;
    },
  };
}
