// Where a user's view of an org lives: the server (GET/PUT/DELETE /api/me/views/:orgId,
// so it opens on any computer) and a Dexie copy (table `views`, keyed by org, so it
// applies at once and offline, and goes with the logout wipe). A change made offline is
// marked dirty and sent on the next save or load; the server's copy wins otherwise. Saves
// of one org go out one at a time, the newest last (a layout saved while the previous one
// is on its way is never overtaken by it), and one overtaken before it left is not sent.
import { parseGridView } from '@profgrid/core';
import type { GridView } from '@profgrid/core';
import type { ApiClient } from '../api/index.ts';
import type { ProfgridDb } from '../persistence/index.ts';

export interface CachedView {
  readonly view: GridView | null;
  readonly dirty: boolean;
}

/** Where GridViewController keeps a grid's layout (ViewSync: server + Dexie; others local). */
export interface ViewStore {
  cached(key: string): Promise<CachedView | undefined>;
  /** The layout to show (null = the default), or undefined when it cannot be read now. */
  fetch(key: string): Promise<GridView | null | undefined>;
  save(key: string, view: GridView | null): Promise<boolean>;
}

/** GET /api/me/views/:orgId: a view, or no body when none is saved (null). */
function parseSavedView(raw: unknown): { readonly view: GridView | null } | null {
  if (raw === undefined) return { view: null };
  const parsed = parseGridView(raw);
  return parsed.ok ? { view: parsed.view } : null;
}
const pathOf = (orgId: string) => `/api/me/views/${encodeURIComponent(orgId)}`;

export class ViewSync implements ViewStore {
  readonly #api: ApiClient;
  readonly #db: () => ProfgridDb;
  /** Org → the last save's turn: the next one goes after it. */
  readonly #turns = new Map<string, Promise<unknown>>();
  /** Org → the newest layout asked to be saved. */
  readonly #newest = new Map<string, GridView | null>();

  constructor(api: ApiClient, db: () => ProfgridDb) {
    this.#api = api;
    this.#db = db;
  }

  /** The local copy, or undefined when there is none (null = reset to the default). */
  async cached(orgId: string): Promise<CachedView | undefined> {
    const row = await this.#db()
      .views.get(orgId)
      .catch(() => undefined);
    if (!row) return undefined;
    const dirty = row.dirty === true;
    if (row.view === null) return { view: null, dirty };
    const parsed = parseGridView(row.view);
    return parsed.ok ? { view: parsed.view, dirty } : undefined;
  }

  async #store(orgId: string, view: GridView | null, dirty: boolean): Promise<void> {
    await this.#db()
      .views.put({ orgId, view, dirty, savedAt: new Date().toISOString() })
      .catch(() => undefined);
  }

  /**
   * The view to show: a dirty local copy is sent first (and wins); otherwise the server's
   * (null = none saved). Undefined when the server cannot be reached.
   */
  async fetch(orgId: string): Promise<GridView | null | undefined> {
    const local = await this.cached(orgId);
    if (local?.dirty) {
      return (await this.save(orgId, local.view)) ? local.view : undefined;
    }
    const res = await this.#api.get(pathOf(orgId), parseSavedView);
    if (!res.ok) return undefined;
    await this.#store(orgId, res.value.view, false);
    return res.value.view;
  }

  /**
   * Saves locally at once, then on the server after the org's earlier saves; true when the
   * server has it (or a newer layout, saved after it, replaced it before it was sent).
   */
  save(orgId: string, view: GridView | null): Promise<boolean> {
    this.#newest.set(orgId, view);
    const stored = this.#store(orgId, view, true);
    const turn = (this.#turns.get(orgId) ?? Promise.resolve())
      .then(() => stored)
      .then(() => this.#send(orgId, view));
    this.#turns.set(orgId, turn);
    return turn;
  }

  async #send(orgId: string, view: GridView | null): Promise<boolean> {
    if (this.#newest.get(orgId) !== view) return true;
    const res =
      view === null
        ? await this.#api.delete(pathOf(orgId))
        : await this.#api.put(pathOf(orgId), view);
    if (res.ok && this.#newest.get(orgId) === view) await this.#store(orgId, view, false);
    return res.ok;
  }
}
