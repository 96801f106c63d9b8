// Keeps the JSON row cache of a document in step with its members: rewritten a while
// after the last change (one pass over the members), and on close when still dirty.
import type { OrgDoc } from '@profgrid/core';
import { saveRowCache } from '../persistence/index.ts';
import type { ProfgridDb } from '../persistence/index.ts';

const DELAY_MS = 1500;

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
    this.#unobserve = doc.observeMembers(() => this.#schedule());
    // Written once after opening too: the cache may be missing or older than the doc.
    this.#schedule(dirty ? DELAY_MS / 3 : DELAY_MS);
  }

  #schedule(delay = DELAY_MS): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#write(), delay);
  }

  async #write(): Promise<void> {
    this.#timer = null;
    await saveRowCache(this.#db, this.#docName, this.#doc.members()).catch((error: unknown) =>
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
