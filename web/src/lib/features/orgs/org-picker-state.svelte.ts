// The picker as runes: walks the tree one level at a time (the user's top level first,
// going straight down while it is a single committee, as a city chair expects to see the
// city's institutions at once), pages a long level, and searches by name on the server
// after a short pause in typing. Nothing here ever holds more than a level or a page of hits.
import type { OrgNode, OrgSearchHit } from '@profgrid/core';
import { orgList } from './org-list.svelte.ts';

export type PickerStatus = 'loading' | 'ready' | 'failed';

const SEARCH_DELAY_MS = 250;
/** How far the opening view goes down through single committees. */
const AUTO_DESCEND = 3;

export class OrgPickerState {
  parent = $state.raw<OrgNode | null>(null);
  path = $state.raw<readonly OrgNode[]>([]);
  children = $state.raw<readonly OrgNode[]>([]);
  total = $state(0);
  status = $state<PickerStatus>('loading');
  /** The level shown is the saved copy (offline). */
  cached = $state(false);
  query = $state('');
  hits = $state.raw<readonly OrgSearchHit[] | null>(null);
  truncated = $state(false);
  #searchTimer: ReturnType<typeof setTimeout> | null = null;
  #searchSeq = 0;
  #openSeq = 0;

  /** The opening view: the user's top level, then down through single committees. */
  async start(): Promise<void> {
    if (!(await this.open(null))) return;
    for (let i = 0; i < AUTO_DESCEND; i++) {
      const only = this.children.length === 1 ? this.children[0]! : null;
      if (!only || only.childCount === 0) return;
      if (!(await this.open(only.id))) return;
    }
  }

  /** Shows the children of `parentId` (null: the top level); false when it failed. */
  async open(parentId: string | null): Promise<boolean> {
    const seq = ++this.#openSeq;
    if (this.children.length === 0) this.status = 'loading';
    const got = await orgList.level(parentId);
    if (seq !== this.#openSeq) return false;
    if (!got) {
      this.status = 'failed';
      return false;
    }
    this.parent = got.level.parent;
    this.path = got.level.path;
    this.children = got.level.children;
    this.total = got.level.total;
    this.cached = got.cached;
    this.status = 'ready';
    return true;
  }

  /** The next page of a long level. */
  async more(): Promise<void> {
    const got = await orgList.level(this.parent?.id ?? null, this.children.length);
    if (got && !got.cached) this.children = [...this.children, ...got.level.children];
  }

  /** Typing in the search box: searches after a pause; an empty box shows the tree again. */
  setQuery(text: string): void {
    this.query = text;
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
    if (text.trim() === '') {
      this.#searchSeq++;
      this.hits = null;
      return;
    }
    this.#searchTimer = setTimeout(() => void this.#search(text), SEARCH_DELAY_MS);
  }

  async #search(text: string): Promise<void> {
    const seq = ++this.#searchSeq;
    const { result, cached } = await orgList.search(text);
    if (seq !== this.#searchSeq) return;
    this.hits = result.hits;
    this.truncated = result.truncated;
    this.cached = cached;
  }

  close(): void {
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
    this.#searchSeq++;
    this.#openSeq++;
  }
}
