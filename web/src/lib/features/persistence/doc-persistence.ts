// Persists one Y.Doc in the `updates` table: on open, every stored row of the document
// is applied (one transaction, origin PERSISTENCE_ORIGIN); afterwards every update of the
// doc, whatever its origin, is appended. When the log passes `compactAfter` rows it is
// merged into one snapshot row inside a single IndexedDB transaction, from the rows
// themselves (not from this tab's doc), so rows another tab appended are never lost.
import * as Y from 'yjs';
import type { ProfgridDb, UpdateRow } from './db.ts';

export const PERSISTENCE_ORIGIN = Symbol('profgrid:indexeddb');

export interface DocPersistenceOptions {
  /** Row count above which the log is compacted. */
  readonly compactAfter?: number;
}

export class DocPersistence {
  readonly docName: string;
  readonly ydoc: Y.Doc;
  /** Resolves once the stored state has been applied to the doc. */
  readonly whenLoaded: Promise<void>;
  readonly #db: ProfgridDb;
  readonly #compactAfter: number;
  #rowsSinceCompaction = 0;
  #writes: Promise<unknown> = Promise.resolve();
  #destroyed = false;

  constructor(db: ProfgridDb, docName: string, ydoc: Y.Doc, options: DocPersistenceOptions = {}) {
    this.#db = db;
    this.docName = docName;
    this.ydoc = ydoc;
    this.#compactAfter = options.compactAfter ?? 300;
    this.whenLoaded = this.#load();
  }

  async #load(): Promise<void> {
    const rows = await this.#db.updates.where('docName').equals(this.docName).sortBy('seq');
    const updates = rows.map((r) => r.update).filter(isBytes);
    if (!this.#destroyed && updates.length > 0) {
      const merged = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
      Y.applyUpdate(this.ydoc, merged, PERSISTENCE_ORIGIN);
    }
    this.#rowsSinceCompaction = rows.length;
    if (!this.#destroyed) this.ydoc.on('update', this.#onUpdate);
  }

  readonly #onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === PERSISTENCE_ORIGIN || this.#destroyed) return;
    const row: UpdateRow = { docName: this.docName, update };
    this.#rowsSinceCompaction++;
    const compact = this.#rowsSinceCompaction > this.#compactAfter;
    if (compact) this.#rowsSinceCompaction = 1;
    this.#writes = this.#writes
      .then(() => this.#db.updates.add(row))
      .then(() => (compact ? this.compact() : undefined))
      .catch((error: unknown) => console.error('profgrid: could not persist update', error));
  };

  /** Waits until every update seen so far is written. */
  flush(): Promise<void> {
    return this.#writes.then(() => undefined);
  }

  /** Merges the document's rows into one. */
  async compact(): Promise<void> {
    const { updates } = this.#db;
    await this.#db.transaction('rw', updates, async () => {
      const rows = await updates.where('docName').equals(this.docName).sortBy('seq');
      if (rows.length < 2) return;
      const merged = Y.mergeUpdates(rows.map((r) => r.update).filter(isBytes));
      await updates.bulkDelete(rows.map((r) => r.seq!));
      await updates.add({ docName: this.docName, update: merged });
    });
  }

  async rowCount(): Promise<number> {
    return this.#db.updates.where('docName').equals(this.docName).count();
  }

  destroy(): void {
    this.#destroyed = true;
    this.ydoc.off('update', this.#onUpdate);
  }
}

function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.length > 0;
}
