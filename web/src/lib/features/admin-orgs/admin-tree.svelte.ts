// The admin's organization tree, served lazily like the picker: the admin's top level
// first (opened down through a single root, as the central admin expects the regions at
// once), the children of an organization only when it is expanded (GET /api/orgs/tree,
// a page at a time), and search by name on the server (GET /api/orgs/search). After a
// change only the levels it touched are asked again. Archived organizations come from
// the server (admins see them) and are hidden unless asked for.
import { parseOrgSearchResult, parseOrgTreeLevel } from '@profgrid/core';
import type { OrgSearchHit, OrgTreeLevel } from '@profgrid/core';
import { api } from '../api/index.ts';
import { queryString } from '../orgs/plain.ts';
import { adminTreeRows, noIds, noLevels, withId, withLevel } from './admin-tree-rows.ts';
import type { AdminTreeRow, LoadedLevel } from './admin-tree-rows.ts';

export type AdminTreeStatus = 'loading' | 'ready' | 'failed';

const SEARCH_DELAY_MS = 250;
/** The key of the top level in `levels`. */
const TOP = '';
/** The server's largest page of one level. */
const LEVEL_MAX = 1000;

export class AdminTreeState {
  /** Loaded pages of children by parent id ('' = the admin's top level). */
  levels = $state.raw<ReadonlyMap<string, LoadedLevel>>(noLevels());
  expanded = $state.raw<ReadonlySet<string>>(noIds());
  /** Levels being asked for (a spinner on the row). */
  pending = $state.raw<ReadonlySet<string>>(noIds());
  status = $state<AdminTreeStatus>('loading');
  showArchived = $state(false);
  query = $state('');
  hits = $state.raw<readonly OrgSearchHit[] | null>(null);
  truncated = $state(false);
  rows: readonly AdminTreeRow[] = $derived(
    adminTreeRows(this.levels, this.expanded, this.showArchived),
  );
  #searchTimer: ReturnType<typeof setTimeout> | null = null;
  #searchSeq = 0;

  /** The top level, and down through a single root. */
  async start(): Promise<void> {
    const top = await this.#fetch(TOP, 0, undefined);
    if (!top) {
      if (this.levels.size === 0) this.status = 'failed';
      return;
    }
    this.#put(TOP, top, false);
    this.status = 'ready';
    const only = top.children.length === 1 ? top.children[0]! : null;
    if (only && only.childCount > 0) await this.expand(only.id);
  }

  async toggle(id: string): Promise<void> {
    if (this.expanded.has(id)) {
      this.expanded = withId(this.expanded, id, false);
      return;
    }
    await this.expand(id);
  }

  async expand(id: string): Promise<void> {
    if (!this.levels.has(id)) {
      const level = await this.#fetch(id, 0, undefined);
      if (!level) return;
      this.#put(id, level, false);
    }
    this.expanded = withId(this.expanded, id, true);
  }

  /** The next page of a long level. */
  async more(parentId: string): Promise<void> {
    const loaded = this.levels.get(parentId);
    if (!loaded) return;
    const level = await this.#fetch(parentId, loaded.children.length, undefined);
    if (level) this.#put(parentId, level, true);
  }

  /**
   * After a change: asks again for the loaded levels of these parents (as many children as
   * were shown, and one more), and the search when one is shown.
   */
  async refresh(parentIds: readonly (string | null)[]): Promise<void> {
    const keys = parentIds.map((id) => id ?? TOP).filter((k, i, all) => all.indexOf(k) === i);
    await Promise.all(
      keys.map(async (key) => {
        const loaded = this.levels.get(key);
        if (!loaded && key !== TOP) return;
        // one more than was shown: a created organization fits in
        const limit = (loaded?.children.length ?? 0) + 1;
        const level = await this.#fetch(key, 0, Math.min(limit, LEVEL_MAX));
        if (level) this.#put(key, level, false);
      }),
    );
    if (this.hits) await this.#search(this.query);
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

  close(): void {
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
    this.#searchSeq++;
  }

  async #search(text: string): Promise<void> {
    const seq = ++this.#searchSeq;
    const r = await api.get(`/api/orgs/search?${queryString({ q: text })}`, parseOrgSearchResult);
    if (seq !== this.#searchSeq || !r.ok) return;
    this.hits = r.value.hits;
    this.truncated = r.value.truncated;
  }

  async #fetch(key: string, offset: number, limit: number | undefined) {
    this.pending = withId(this.pending, key, true);
    const query = queryString({
      ...(key !== TOP ? { parent: key } : {}),
      ...(offset > 0 ? { offset: String(offset) } : {}),
      ...(limit !== undefined ? { limit: String(limit) } : {}),
    });
    const r = await api.get(`/api/orgs/tree${query ? `?${query}` : ''}`, parseOrgTreeLevel);
    this.pending = withId(this.pending, key, false);
    return r.ok ? r.value : null;
  }

  #put(key: string, level: OrgTreeLevel, append: boolean): void {
    this.levels = withLevel(this.levels, key, level, append);
  }
}
