// One dashboard's live figures as runes. Asks GET summary + children-summaries and reads
// the Dexie copy at the same time, showing the copy only while no answer is here (offline:
// the last known numbers and their age); then follows the
// server-sent events of /api/orgs/:id/summary/stream: each event carries the subtree
// rollup and the direct children whose totals changed (`reload`: refetch them all). After
// a dropped stream reconnects (EventSource retries by itself) the children are refetched,
// so nothing missed meanwhile stays stale. Counts only: no member list is downloaded.
// The children come sorted and paged by the server (a region may have thousands): the
// first page in the chosen order, more on demand; a new order refetches when not all shown.
import { parseChildrenRollups, parseOrgRollup } from '@profgrid/core';
import type { ChildRollup, OrgRollup } from '@profgrid/core';
import { afterFirstPaint } from '../../ui/after-first-paint.ts';
import { api } from '../api/index.ts';
import { childrenPath, takePrefetched } from './prefetch.ts';
import type { SortState } from './table.ts';
import { loadDashboard, nowIso, saveDashboard } from './dashboard-cache.ts';

export type DashboardStatus = 'loading' | 'live' | 'cached' | 'failed';

const SAVE_DELAY_MS = 1000;

// The database code (Dexie, and Yjs with it) loads apart: the page shows the answers without it.
const db = () => import('../persistence/index.ts').then(({ getDb }) => getDb());

export class DashboardState {
  readonly orgId: string;
  rollup = $state.raw<OrgRollup | null>(null);
  children = $state.raw<readonly ChildRollup[]>([]);
  /** Visible direct children in all (the server's count; more than `children` when paged). */
  total = $state(0);
  sort: SortState = { key: 'name', descending: false };
  status = $state<DashboardStatus>('loading');
  /** When the shown figures came from the server (ISO); null while none. */
  receivedAt = $state<string | null>(null);
  #source: EventSource | null = null;
  #closed = false;
  #saveTimer: ReturnType<typeof setTimeout> | null = null;
  #hadError = false;
  #saveDirty = false;

  constructor(orgId: string) {
    this.orgId = orgId;
  }

  async start(): Promise<void> {
    const fetched = this.#fetchAll();
    // The saved copy stands in only while no answer is here: it is read once the answers
    // failed or the page has painted without them, so online the database code (Dexie) is
    // not on the figures' path.
    await Promise.race([fetched, afterFirstPaint()]);
    const cached =
      this.rollup === null && !this.#closed
        ? await db()
            .then((d) => loadDashboard(d, this.orgId))
            .catch(() => null)
        : null;
    if (cached && !this.#closed && this.rollup === null) {
      this.rollup = cached.rollup;
      this.children = cached.children;
      this.total = cached.children.length;
      this.receivedAt = cached.savedAt;
      this.status = 'cached';
    }
    const ok = await fetched;
    if (!ok && this.rollup === null) this.status = 'failed';
    if (!this.#closed) this.#openStream();
  }

  close(): void {
    this.#closed = true;
    this.#source?.close();
    this.#source = null;
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
  }

  /** A new order: the rows shown are re-sorted here, or refetched when only a page is shown. */
  setSort(sort: SortState): void {
    this.sort = sort;
    if (this.total > this.children.length) void this.#fetchAll();
  }

  /** The next page of children, appended. */
  async more(): Promise<void> {
    const list = await this.#children(this.children.length);
    if (list && !this.#closed) this.children = [...this.children, ...list.children];
  }

  #children(offset: number) {
    const dir = this.sort.descending ? 'desc' : 'asc';
    const early =
      offset === 0 && this.sort.key === 'name' && dir === 'asc'
        ? takePrefetched(this.orgId, 'children')
        : null;
    return (
      early ?? api.get(childrenPath(this.orgId, this.sort.key, dir, offset), parseChildrenRollups)
    ).then((r) => (r.ok ? r.value : null));
  }

  async #fetchAll(): Promise<boolean> {
    const base = `/api/orgs/${encodeURIComponent(this.orgId)}`;
    const [summary, list] = await Promise.all([
      takePrefetched(this.orgId, 'summary') ?? api.get(`${base}/summary`, parseOrgRollup),
      this.#children(0),
    ]);
    if (this.#closed || !summary.ok || !list) return false;
    this.rollup = summary.value;
    this.children = list.children;
    this.total = list.total ?? list.children.length;
    this.#received();
    return true;
  }

  #openStream(): void {
    const source = new EventSource(`/api/orgs/${encodeURIComponent(this.orgId)}/summary/stream`);
    this.#source = source;
    source.addEventListener('rollup', (e) => this.#onEvent((e as MessageEvent<string>).data));
    source.addEventListener('open', () => {
      if (this.#hadError) void this.#fetchAll();
      this.#hadError = false;
    });
    source.addEventListener('error', () => {
      this.#hadError = true;
      if (this.rollup !== null) this.status = 'cached';
    });
  }

  #onEvent(data: string): void {
    let parsed: { rollup?: unknown; children?: unknown; reload?: unknown };
    try {
      parsed = JSON.parse(data) as typeof parsed;
    } catch {
      return;
    }
    const rollup = parseOrgRollup(parsed.rollup);
    const changed = parseChildrenRollups({ orgId: this.orgId, children: parsed.children });
    if (!rollup || !changed) return;
    this.rollup = rollup;
    if (parsed.reload === true) void this.#fetchAll();
    else if (changed.children.length > 0) {
      const fresh = changed.children;
      this.children = this.children.map((c) => fresh.find((f) => f.id === c.id) ?? c);
    }
    this.#received();
  }

  #received(): void {
    this.status = 'live';
    this.receivedAt = nowIso();
    // Saved at once (a reload right after a change keeps it), then at most once a second.
    if (this.#saveTimer) {
      this.#saveDirty = true;
      return;
    }
    this.#save();
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = null;
      if (this.#saveDirty) this.#save();
      this.#saveDirty = false;
    }, SAVE_DELAY_MS);
  }

  #save(): void {
    if (!this.rollup || !this.receivedAt) return;
    const { orgId, rollup, children, receivedAt } = this;
    // after the figures' paint: the database code (Dexie) loads off their path
    void afterFirstPaint()
      .then(db)
      .then((d) => saveDashboard(d, orgId, rollup, children, receivedAt))
      .catch(() => undefined);
  }
}
