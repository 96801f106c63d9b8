// A list read from the API, as runes: idle → loading → ready or failed (with the API
// failure). The last good items stay while a reload runs or fails, and an answer that a
// newer load has overtaken is ignored. Shown a page of `pageSize` at a time; a list made
// with a `match` function shows only the items it keeps for the search `query`, in its order
// (searched on the client, so the words never travel in a URL).
import type { ApiFailure, ApiResult } from '../api/index.ts';

export type RemoteStatus = 'idle' | 'loading' | 'ready' | 'failed';

export type ListMatch<T> = (items: readonly T[], query: string) => readonly T[];

export class RemoteList<T> {
  items = $state.raw<readonly T[]>([]);
  status = $state<RemoteStatus>('idle');
  error = $state.raw<ApiFailure | null>(null);
  page = $state(0);
  pageSize = $state(100);
  #query = $state('');
  #match: ListMatch<T> | null = null;
  /** The items the search keeps (all of them without a `match`). */
  readonly shown = $derived(this.#match ? this.#match(this.items, this.#query) : this.items);
  readonly pageCount = $derived(Math.max(1, Math.ceil(this.shown.length / this.pageSize)));
  readonly pageItems = $derived(
    this.shown.slice(this.page * this.pageSize, (this.page + 1) * this.pageSize),
  );
  #asked = 0;

  constructor(pageSize = 100, match: ListMatch<T> | null = null) {
    this.pageSize = pageSize;
    this.#match = match;
  }

  /** The search; a new one starts at the first page. */
  get query(): string {
    return this.#query;
  }
  set query(query: string) {
    this.#query = query;
    this.page = 0;
  }

  /** Runs one request for the whole list; its answer replaces the items. */
  async load(request: () => Promise<ApiResult<readonly T[]>>): Promise<ApiResult<readonly T[]>> {
    const asked = ++this.#asked;
    this.status = 'loading';
    const r = await request();
    if (asked !== this.#asked) return r;
    if (r.ok) {
      this.items = r.value;
      this.status = 'ready';
      this.error = null;
      this.page = Math.min(this.page, this.pageCount - 1);
    } else {
      this.status = 'failed';
      this.error = r.error;
    }
    return r;
  }

  goTo(page: number): void {
    this.page = Math.min(Math.max(0, page), this.pageCount - 1);
  }
}
