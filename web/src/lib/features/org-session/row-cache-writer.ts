// Keeps the JSON row cache of a document in step with its members: rewritten shortly
// after the last change (one pass over the members), at once after a bulk change (a
// server sync bringing many rows: the tab may be closed soon after), when the tab is
// hidden, and on close when still dirty.
import type { OrgDoc } from '@profgrid/core';
import { saveRowCache } from '../persistence/index.ts';
import { compareRu } from '../cells/index.ts';
import type { ProfgridDb } from '../persistence/index.ts';

const DELAY_MS = 400;
/** A change touching this many members is written without waiting. */
const BULK = 100;

export class RowCacheWriter {
  readonly #db: ProfgridDb;
  readonly #docName: string;
  readonly #doc: OrgDoc;
  readonly #unobserve: () => void;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(db: ProfgridDb, docName: string, doc: OrgDoc, dirty: boolean) {
    this.#db = db;
    this.#docName = docName;
    this.#doc = doc;
    const unobserve = doc.observeMembers((c) => this.#schedule(c.ids.size >= BULK ? 0 : DELAY_MS));
    const onHidden = () => {
      if (document.visibilityState === 'hidden' && this.#timer !== null) this.#schedule(0);
    };
    document.addEventListener('visibilitychange', onHidden);
    this.#unobserve = () => {
      unobserve();
      document.removeEventListener('visibilitychange', onHidden);
    };
    // Written once after opening too: the cache may be missing or older than the doc.
    if (dirty && doc.memberCount > 0) this.#schedule(0);
    else this.#schedule(DELAY_MS * 4);
  }

  #schedule(delay = DELAY_MS): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#write(), delay);
  }

  async #write(): Promise<void> {
    this.#timer = null;
    // Stored in the grid's default order (surname, Russian collation): sorting input that
    // is already sorted is nearly linear, which shortens the grid's first render.
    const rows = this.#doc.members().sort((a, b) => compareRu(a.surname, b.surname));
    await saveRowCache(this.#db, this.#docName, rows).catch((error: unknown) =>
      console.error('profgrid: could not cache rows', error),
    );
  }

  async close(): Promise<void> {
    this.#unobserve();
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      await this.#write();
    }
  }
}
