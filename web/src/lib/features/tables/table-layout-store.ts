// The user's own column layout of a committee table (hidden, pinned, order, widths,
// sort), kept in this browser only: the Dexie `views` table under `table:<id>` (wiped on
// logout with the rest). Shared layouts are the table's named views (core table-views),
// so nothing here goes to the server. The member grid's GridViewController drives it.
import { parseGridView } from '@profgrid/core';
import type { GridView } from '@profgrid/core';
import { tableDocName } from '@profgrid/core/tables';
import type { ProfgridDb } from '../persistence/index.ts';
import type { CachedView, ViewStore } from '../views/plain.ts';

export class TableLayoutStore implements ViewStore {
  readonly #db: () => ProfgridDb;

  constructor(db: () => ProfgridDb) {
    this.#db = db;
  }

  async cached(tableId: string): Promise<CachedView | undefined> {
    const row = await this.#db()
      .views.get(tableDocName(tableId))
      .catch(() => undefined);
    if (!row) return undefined;
    if (row.view === null) return { view: null, dirty: false };
    const parsed = parseGridView(row.view);
    return parsed.ok ? { view: parsed.view, dirty: false } : undefined;
  }

  async fetch(tableId: string): Promise<GridView | null | undefined> {
    return (await this.cached(tableId))?.view;
  }

  async save(tableId: string, view: GridView | null): Promise<boolean> {
    const orgId = tableDocName(tableId);
    await this.#db()
      .views.put({ orgId, view, dirty: false, savedAt: new Date().toISOString() })
      .catch(() => undefined);
    return true;
  }
}
