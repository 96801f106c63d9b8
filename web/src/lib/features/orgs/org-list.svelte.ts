// The organizations this tab knows, as runes — never the whole registry: the tree comes
// level by level (GET /api/orgs/tree), by search (GET /api/orgs/search) and as the path to
// one organization (ensure), and every node seen is kept (`byId`, `orgs`) and saved in
// Dexie, so what the user has opened reads offline too. Offline, a level is rebuilt from
// the saved nodes and a search filters them (status 'cached'); with nothing saved: 'failed'.
import {
  orgNameMatcher,
  orgSearchText,
  parseOrgNode,
  parseOrgSearchResult,
  parseOrgTreeLevel,
} from '@profgrid/core';
import type { OrgNode, OrgSearchHit, OrgSearchResult, OrgTreeLevel } from '@profgrid/core';
import { api } from '../api/index.ts';
import { queryString, withNodes } from './org-nodes.ts';
import { ruCollator } from '../../i18n/collate.ts';
import { afterFirstPage } from '../../ui/first-page.ts';

export type OrgListStatus = 'loading' | 'fresh' | 'cached' | 'failed';

const SAVE_DELAY_MS = 300;
const byName = (a: OrgNode, b: OrgNode) => ruCollator.compare(a.name, b.name);

class OrgList {
  known = $state.raw<ReadonlyMap<string, OrgNode>>(new Map());
  /** Every organization seen so far (breadcrumbs, roles along the path, names). */
  orgs = $derived([...this.known.values()]);
  status = $state<OrgListStatus>('loading');
  #restored: Promise<void> | null = null;
  #saveTimer: ReturnType<typeof setTimeout> | null = null;

  byId(id: string): OrgNode | undefined {
    return this.known.get(id);
  }

  /** The user's top level (the saved nodes stand in offline). */
  async load(): Promise<void> {
    await this.level(null);
  }

  /**
   * One level of the tree: the children of `parent` (null: the user's top organizations).
   * Offline: rebuilt from the saved nodes, `cached` true.
   */
  async level(
    parent: string | null,
    offset = 0,
  ): Promise<{ level: OrgTreeLevel; cached: boolean } | null> {
    const query = queryString({
      ...(parent !== null ? { parent } : {}),
      ...(offset > 0 ? { offset: String(offset) } : {}),
    });
    const r = await api.get(`/api/orgs/tree${query ? `?${query}` : ''}`, parseOrgTreeLevel);
    if (r.ok) {
      const level = r.value;
      this.#remember([...level.path, ...(level.parent ? [level.parent] : []), ...level.children]);
      this.status = 'fresh';
      return { level, cached: false };
    }
    if (r.error.kind === 'malformed' || (r.error.kind === 'api' && r.error.status < 500)) {
      // the server refused (404: out of reach): no saved copy stands in for it
      if (this.status === 'loading') this.status = 'failed';
      return null;
    }
    await this.#restore();
    const offline = this.#offlineLevel(parent);
    if (this.status !== 'fresh') this.status = offline ? 'cached' : 'failed';
    return offline ? { level: offline, cached: true } : null;
  }

  /**
   * The organization and its visible ancestors, from the server or the saved copy; asked
   * of the server once per tab and organization (effects that read `byId` call it again).
   */
  ensure(id: string): Promise<OrgNode | undefined> {
    let asked = this.#ensured.get(id);
    if (!asked) {
      asked = this.#ensure(id);
      this.#ensured.set(id, asked);
    }
    return asked;
  }

  readonly #ensured = new Map<string, Promise<OrgNode | undefined>>();

  async #ensure(id: string): Promise<OrgNode | undefined> {
    // The server first: the saved copy (and the database code, Dexie, with it) is read only
    // when it does not answer, so a page that opens online does not wait for it.
    const r = await api.get(
      `/api/orgs/tree?parent=${encodeURIComponent(id)}&limit=0`,
      parseOrgTreeLevel,
    );
    const level = r.ok ? r.value : null;
    if (level?.parent) this.#remember([...level.path, level.parent]);
    else {
      await this.#restore();
      this.#ensured.delete(id); // offline or refused: a later call asks again
    }
    return this.known.get(id);
  }

  /** Organizations by name across the user's subtree (or within one); offline: the saved. */
  async search(q: string, within?: string): Promise<{ result: OrgSearchResult; cached: boolean }> {
    const query = queryString({ q, ...(within ? { within } : {}) });
    const r = await api.get(`/api/orgs/search?${query}`, parseOrgSearchResult);
    if (r.ok) {
      const result = r.value;
      this.#remember(result.hits);
      return { result, cached: false };
    }
    await this.#restore();
    const match = orgNameMatcher(q);
    const hits: OrgSearchHit[] = match
      ? this.orgs
          .filter((o) => match(orgSearchText(o)))
          .sort(byName)
          .map((o) => ({ ...o, pathNames: this.#pathNames(o) }))
      : [];
    return { result: { query: q, hits, truncated: false }, cached: true };
  }

  #pathNames(o: OrgNode): string[] {
    const names: string[] = [];
    for (let p = this.known.get(o.parentId ?? ''); p; p = this.known.get(p.parentId ?? ''))
      names.unshift(p.shortName || p.name);
    return names;
  }

  #offlineLevel(parent: string | null): OrgTreeLevel | null {
    if (this.known.size === 0) return null;
    const parentNode = parent === null ? null : this.known.get(parent);
    if (parent !== null && !parentNode) return null;
    const children = this.orgs
      .filter((o) =>
        parent === null
          ? o.parentId === null || !this.known.has(o.parentId)
          : o.parentId === parent,
      )
      .sort(byName);
    const path: OrgNode[] = [];
    for (
      let p = this.known.get(parentNode?.parentId ?? '');
      p;
      p = this.known.get(p.parentId ?? '')
    )
      path.unshift(p);
    return { parent: parentNode ?? null, path, children, total: children.length, offset: 0 };
  }

  #restore(): Promise<void> {
    this.#restored ??= (async () => {
      // The database code (Dexie) loads with the first store opened, not with the shell.
      const saved = await import('../persistence/index.ts')
        .then(({ getDb, loadOrgList }) => loadOrgList(getDb()))
        .catch(() => null);
      // what the server has answered meanwhile is newer than the saved copy: it stays
      const nodes = (saved ?? [])
        .map(parseOrgNode)
        .filter((n): n is OrgNode => n !== null && !this.known.has(n.id));
      if (nodes.length > 0) this.#remember(nodes, false);
    })();
    return this.#restored;
  }

  #remember(nodes: readonly OrgNode[], save = true): void {
    if (nodes.length === 0) return;
    this.known = withNodes(this.known, nodes);
    if (save && !this.#saveTimer) {
      this.#saveTimer = setTimeout(() => {
        // after the first page's paint (not beside its route's code on a first visit), and
        // with the saved nodes back in: the list is saved whole
        void afterFirstPage()
          .then(() => this.#restore())
          .then(() => {
            this.#saveTimer = null;
            return import('../persistence/index.ts');
          })
          .then(({ getDb, saveOrgList }) => saveOrgList(getDb(), this.orgs))
          .catch(() => undefined);
      }, SAVE_DELAY_MS);
    }
  }
}

export const orgList = new OrgList();
