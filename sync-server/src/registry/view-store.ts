// Saved grid views (hidden / pinned columns, order, widths, sort), one per user and
// organization, as the JSON core's parseGridView accepted. Not personal data of members:
// column ids and sizes only.
import type { DatabaseSync } from 'node:sqlite';
import { parseGridView } from '@profgrid/core';
import type { GridView } from '@profgrid/core';

export class ViewStore {
  readonly #db: DatabaseSync;
  readonly #now: () => number;

  constructor(db: DatabaseSync, now: () => number) {
    this.#db = db;
    this.#now = now;
  }

  /** The stored view, or null (none, or a row no longer readable by this version). */
  get(userId: string, orgId: string): GridView | null {
    const row = this.#db
      .prepare('SELECT view FROM grid_views WHERE user_id = ? AND org_id = ?')
      .get(userId, orgId) as { view: string } | undefined;
    if (!row) return null;
    try {
      const parsed = parseGridView(JSON.parse(row.view));
      return parsed.ok ? parsed.view : null;
    } catch {
      return null;
    }
  }

  put(userId: string, orgId: string, view: GridView): void {
    this.#db
      .prepare(
        `INSERT INTO grid_views (user_id, org_id, view, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (user_id, org_id) DO UPDATE SET view = excluded.view, updated_at = excluded.updated_at`,
      )
      .run(userId, orgId, JSON.stringify(view), this.#now());
  }

  delete(userId: string, orgId: string): void {
    this.#db.prepare('DELETE FROM grid_views WHERE user_id = ? AND org_id = ?').run(userId, orgId);
  }
}
