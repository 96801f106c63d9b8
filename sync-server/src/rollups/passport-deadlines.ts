// Deadlines for passport completion (R9): one row per organization whose
// committee set one for its subtree. The deadline in force for an organization is its own
// or the nearest ancestor's. A registry table like the others (server-authoritative, not
// in Yjs): who may set it is decided by roles, which clients must not edit. No audit
// entries — a date, no personal data.
import type { PassportDeadline } from '@profgrid/core';
import type { Sql } from '../store/sql.ts';

export class PassportDeadlines {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  async own(orgId: string): Promise<string | null> {
    const row = await this.#sql.get<{ deadline: string }>(
      'SELECT deadline FROM passport_deadlines WHERE org_id = ?',
      [orgId],
    );
    return row?.deadline ?? null;
  }

  /** The own deadlines of some organizations (one query), by organization. */
  async ownOf(orgIds: readonly string[]): Promise<Map<string, string>> {
    if (orgIds.length === 0) return new Map();
    const rows = await this.#sql.all<{ org_id: string; deadline: string }>(
      `SELECT org_id, deadline FROM passport_deadlines WHERE ${this.#sql.inJsonList('org_id')}`,
      [JSON.stringify(orgIds)],
    );
    return new Map(rows.map((r) => [r.org_id, r.deadline]));
  }

  /** Sets (or with null clears) the organization's own deadline. */
  async set(orgId: string, deadline: string | null, userId: string, at: number): Promise<void> {
    if (deadline === null) {
      await this.#sql.run('DELETE FROM passport_deadlines WHERE org_id = ?', [orgId]);
      return;
    }
    await this.#sql.run(
      `INSERT INTO passport_deadlines (org_id, deadline, set_by, set_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (org_id) DO UPDATE SET deadline = excluded.deadline,
         set_by = excluded.set_by, set_at = excluded.set_at`,
      [orgId, deadline, userId, at],
    );
  }

  /** The deadline in force: the organization's own, else the nearest ancestor's. */
  async effective(orgId: string, ancestors: readonly string[]): Promise<PassportDeadline> {
    const chain = [orgId, ...ancestors];
    const rows = await this.#sql.all<{ org_id: string; deadline: string }>(
      `SELECT org_id, deadline FROM passport_deadlines WHERE ${this.#sql.inJsonList('org_id')}`,
      [JSON.stringify(chain)],
    );
    const byOrg = new Map(rows.map((r) => [r.org_id, r.deadline]));
    const setOn = chain.find((id) => byOrg.has(id));
    return setOn ? { deadline: byOrg.get(setOn)!, setOn } : { deadline: null, setOn: null };
  }
}
