// Saved grid views (hidden / pinned columns, order, widths, sort), one per user and
// organization, as the JSON core's parseGridView accepted. Not personal data of members:
// column ids and sizes only.
import { parseGridView } from '@profgrid/core';
import type { GridView } from '@profgrid/core';
import type { Sql } from '../store/sql.ts';

export class ViewStore {
  readonly #sql: Sql;
  readonly #now: () => number;

  constructor(sql: Sql, now: () => number) {
    this.#sql = sql;
    this.#now = now;
  }

  /** The stored view, or null (none, or a row no longer readable by this version). */
  async get(userId: string, orgId: string): Promise<GridView | null> {
    const row = await this.#sql.get<{ view: string }>(
      'SELECT view FROM grid_views WHERE user_id = ? AND org_id = ?',
      [userId, orgId],
    );
    if (!row) return null;
    try {
      const parsed = parseGridView(JSON.parse(row.view));
      return parsed.ok ? parsed.view : null;
    } catch {
      return null;
    }
  }

  async put(userId: string, orgId: string, view: GridView): Promise<void> {
    await this.#sql.run(
      `INSERT INTO grid_views (user_id, org_id, view, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (user_id, org_id) DO UPDATE SET view = excluded.view, updated_at = excluded.updated_at`,
      [userId, orgId, JSON.stringify(view), this.#now()],
    );
  }

  async delete(userId: string, orgId: string): Promise<void> {
    await this.#sql.run('DELETE FROM grid_views WHERE user_id = ? AND org_id = ?', [userId, orgId]);
  }
}
