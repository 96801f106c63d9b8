// Writes that may trail the event that caused them by up to `everyMs`, collected per key
// and committed together in one transaction. For derived or statistical rows (audit
// counts, rollup summaries) that must not cost one synchronous=FULL commit (an fsync) per
// relayed update: under 2,000 sockets those commits, not the document appends, were what
// held the event loop. Readers flush first; close() flushes what is left.
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from './sqlite-db.ts';

export class WriteBehind<K, V> {
  readonly #db: DatabaseSync;
  readonly #write: (key: K, value: V) => void;
  readonly #everyMs: number;
  readonly #pending = new Map<K, V>();
  #timer: NodeJS.Timeout | null = null;

  constructor(db: DatabaseSync, everyMs: number, write: (key: K, value: V) => void) {
    this.#db = db;
    this.#everyMs = everyMs;
    this.#write = write;
  }

  /** Sets the value to be written for `key`, from the one still pending (if any). */
  update(key: K, next: (pending: V | undefined) => V): void {
    this.#pending.set(key, next(this.#pending.get(key)));
    if (!this.#timer) {
      this.#timer = setTimeout(() => this.flush(), this.#everyMs);
      this.#timer.unref();
    }
  }

  /** Writes everything pending now, in one transaction. */
  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#pending.size === 0) return;
    const entries = [...this.#pending];
    this.#pending.clear();
    inTransaction(this.#db, () => {
      for (const [key, value] of entries) this.#write(key, value);
    });
  }
}
