// Writes that may trail the event that caused them by up to `everyMs`, collected per key
// and committed together (transactions of up to 25 rows, `durable: false`: no fsync of
// their own). For derived or statistical rows (audit counts, rollup summaries) that must
// not cost one durable commit per relayed update: under 2,000 sockets those commits, not
// the document appends, were what held the event loop. Flushes run one after another, in
// order; readers await flush() first; close() flushes what is left. A failed flush puts
// its values back for the next one, combined by `merge` with any newer value of the same
// key (default: the newer wins).
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Sql, Statement } from './sql.ts';

/** Rows per transaction of a flush. */
const CHUNK = 25;

export interface WriteBehindOptions<K, V> {
  readonly everyMs: number;
  readonly statement: (key: K, value: V) => Statement;
  /** A failed flush (the values wait for the next one). */
  readonly onError: (err: unknown) => void;
  readonly merge?: (failed: V, newer: V) => V;
  /**
   * For rows that instances on one database may write at the same time (an upsert of a
   * shared key): their name in the database, or null for a row of this instance alone.
   * Shared rows are written in the order of these names, in the places the queue gives
   * them, so two instances' flushes never wait on each other's row locks in a circle
   * (PostgreSQL would abort one as a deadlock); the other rows keep their place.
   */
  readonly sharedName?: (key: K) => string | null;
}

export class WriteBehind<K, V> {
  readonly #sql: Sql;
  readonly #opts: WriteBehindOptions<K, V>;
  readonly #pending = new Map<K, V>();
  #timer: NodeJS.Timeout | null = null;
  #last: Promise<void> = Promise.resolve();

  constructor(sql: Sql, options: WriteBehindOptions<K, V>) {
    this.#sql = sql;
    this.#opts = options;
  }

  /** Sets the value to be written for `key`, from the one still pending (if any). */
  update(key: K, next: (pending: V | undefined) => V): void {
    this.#pending.set(key, next(this.#pending.get(key)));
    if (!this.#timer) {
      this.#timer = setTimeout(
        () => void this.flush().catch(this.#opts.onError),
        this.#opts.everyMs,
      );
      this.#timer.unref();
    }
  }

  /** Drops the value pending for `key` (not yet taken by a flush); true if there was one. */
  cancel(key: K): boolean {
    return this.#pending.delete(key);
  }

  /**
   * Writes everything pending after any flush still running, in transactions of at most
   * CHUNK rows, with a turn of the event loop between two of them: on SQLite each
   * transaction holds the loop (200 summary rows in one were a 1.5–3 ms stall every
   * second), and chunks awaited back to back were the same stall, relayed updates waiting
   * behind it. The values are taken when that flush is done, not now: one that fails puts
   * its unwritten values back, merged with newer ones, before this one reads them — so an
   * older value never lands after a newer one.
   */
  flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const write = async () => {
      const entries = [...this.#pending];
      this.#pending.clear();
      if (this.#opts.sharedName) inSharedOrder(entries, this.#opts.sharedName);
      if (entries.length === 0) return;
      for (let at = 0; at < entries.length; at += CHUNK) {
        // A turn of the loop for timers and I/O: awaiting a settled promise is a microtask.
        if (at > 0) await nextTurn();
        const chunk = entries.slice(at, at + CHUNK);
        try {
          await this.#sql.batch(
            chunk.map(([key, value]) => this.#opts.statement(key, value)),
            { durable: false },
          );
        } catch (err) {
          const merge = this.#opts.merge ?? ((_failed: V, newer: V) => newer);
          for (const [key, value] of entries.slice(at)) {
            this.update(key, (newer) => (newer === undefined ? value : merge(value, newer)));
          }
          throw err;
        }
      }
    };
    const next = this.#last.then(write, write);
    this.#last = next.catch(() => {});
    return next;
  }
}

/** Sorts the shared rows of `entries` by name among the places they take, in place. */
function inSharedOrder<K, V>(entries: [K, V][], sharedName: (key: K) => string | null): void {
  const places: number[] = [];
  const shared: { name: string; entry: [K, V] }[] = [];
  entries.forEach((entry, at) => {
    const name = sharedName(entry[0]);
    if (name === null) return;
    places.push(at);
    shared.push({ name, entry });
  });
  shared.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  shared.forEach(({ entry }, i) => (entries[places[i]!] = entry));
}
