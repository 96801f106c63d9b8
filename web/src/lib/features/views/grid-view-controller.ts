// Keeps a member grid's column layout (hidden, pinned, order, widths, sort) as the user's
// saved view: applies the local copy at once and the server's when it arrives, saves
// (debounced) after the user moves, resizes, pins, hides or sorts a column, re-applies
// the view when custom columns appear (so they take their saved places), and resets.
import type { GridView } from '@profgrid/core';
import type { ColumnState, GridApi } from 'ag-grid-community';
import { columnStateFromView, viewFromColumnState, viewKey } from './grid-view-state.ts';
import type { ViewStore } from './view-sync.ts';

const SAVE_DELAY_MS = 400;
const EVENTS = [
  'columnMoved',
  'columnResized',
  'columnPinned',
  'columnVisible',
  'sortChanged',
] as const;

export class GridViewController<T> {
  readonly #api: GridApi<T>;
  readonly #orgId: string;
  readonly #sync: ViewStore;
  readonly #defaults: ColumnState[];
  /** The view in force (null = the default layout). */
  #view: GridView | null = null;
  #lastKey: string;
  #applying = false;
  #touched = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #off: (() => void)[] = [];

  constructor(api: GridApi<T>, orgId: string, sync: ViewStore) {
    this.#api = api;
    this.#orgId = orgId;
    this.#sync = sync;
    this.#defaults = api.getColumnState();
    this.#lastKey = viewKey(viewFromColumnState(this.#defaults));
    // Every step of a drag or resize reschedules the save: one PUT after the user stops.
    const onChange = (e: { source?: string }) => {
      if (this.#applying || e.source === 'flex') return;
      this.#schedule();
    };
    for (const type of EVENTS) {
      api.addEventListener(type, onChange);
      this.#off.push(() => api.removeEventListener(type, onChange));
    }
    const onNewColumns = () => {
      this.flush();
      if (this.#view) this.#apply(this.#view);
    };
    api.addEventListener('newColumnsLoaded', onNewColumns);
    this.#off.push(() => api.removeEventListener('newColumnsLoaded', onNewColumns));
  }

  /** Local copy first, then the server's (unless the user has changed the layout since). */
  async start(): Promise<void> {
    const local = await this.#sync.cached(this.#orgId);
    if (local?.view && !this.#touched) this.#apply(local.view);
    const fresh = await this.#sync.fetch(this.#orgId);
    if (fresh === undefined || this.#touched || this.#api.isDestroyed()) return;
    if (fresh) this.#apply(fresh);
    else if (this.#view) this.#applyDefaults();
  }

  /** Back to the built-in layout, for this user everywhere. */
  async reset(): Promise<void> {
    this.#cancel();
    this.#applyDefaults();
    this.#touched = true;
    await this.#sync.save(this.#orgId, null);
  }

  /** Columns for the menu: id, header, hidden, pinned — in displayed order. */
  columns(): { colId: string; header: string; hide: boolean; pinned: boolean }[] {
    return this.#api.getColumnState().map((s) => {
      const column = this.#api.getColumn(s.colId);
      return {
        colId: s.colId,
        header: column ? (this.#api.getDisplayNameForColumn(column, null) ?? s.colId) : s.colId,
        hide: s.hide === true,
        pinned: !!s.pinned,
      };
    });
  }

  setVisible(colId: string, visible: boolean): void {
    this.#api.setColumnsVisible([colId], visible);
    this.#schedule();
  }

  setPinned(colId: string, pinned: boolean): void {
    this.#api.setColumnsPinned([colId], pinned ? 'left' : null);
    this.#schedule();
  }

  /** Saves now what is pending (on leaving the page). */
  flush(): void {
    if (this.#timer === null) return;
    this.#cancel();
    this.#save();
  }

  destroy(): void {
    this.flush();
    for (const off of this.#off.splice(0)) off();
  }

  #apply(view: GridView): void {
    this.#view = view;
    this.#applying = true;
    try {
      this.#api.applyColumnState({ state: columnStateFromView(view), applyOrder: true });
    } finally {
      this.#applying = false;
    }
    this.#lastKey = viewKey(viewFromColumnState(this.#api.getColumnState()));
  }

  #applyDefaults(): void {
    this.#view = null;
    this.#applying = true;
    try {
      this.#api.resetColumnState();
    } finally {
      this.#applying = false;
    }
    this.#lastKey = viewKey(viewFromColumnState(this.#api.getColumnState()));
  }

  #schedule(): void {
    this.#touched = true;
    this.#cancel();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#save();
    }, SAVE_DELAY_MS);
  }

  #cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #save(): void {
    if (this.#api.isDestroyed()) return;
    const view = viewFromColumnState(this.#api.getColumnState());
    const key = viewKey(view);
    if (key === this.#lastKey) return;
    this.#lastKey = key;
    this.#view = view;
    void this.#sync.save(this.#orgId, view);
  }
}
