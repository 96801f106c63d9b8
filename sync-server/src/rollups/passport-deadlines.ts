// Deadlines for passport completion (issue 5 item 5, R9): one row per organization whose
// committee set one for its subtree. The deadline in force for an organization is its own
// or the nearest ancestor's. A registry table like the others (server-authoritative, not
// in Yjs): who may set it is decided by roles, which clients must not edit. No audit
// entries — a date, no personal data.
import type { DatabaseSync } from 'node:sqlite';
import type { PassportDeadline } from '@profgrid/core';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS passport_deadlines (
  org_id TEXT PRIMARY KEY,
  deadline TEXT NOT NULL,
  set_by TEXT NOT NULL,
  set_at INTEGER NOT NULL
);`;

export class PassportDeadlines {
  readonly #db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
    db.exec(SCHEMA);
  }

  own(orgId: string): string | null {
    const row = this.#db
      .prepare('SELECT deadline FROM passport_deadlines WHERE org_id = ?')
      .get(orgId) as { deadline: string } | undefined;
    return row?.deadline ?? null;
  }

  /** Sets (or with null clears) the organization's own deadline. */
  set(orgId: string, deadline: string | null, userId: string, at: number): void {
    if (deadline === null) {
      this.#db.prepare('DELETE FROM passport_deadlines WHERE org_id = ?').run(orgId);
      return;
    }
    this.#db
      .prepare(
        `INSERT INTO passport_deadlines (org_id, deadline, set_by, set_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(org_id) DO UPDATE SET deadline = excluded.deadline,
           set_by = excluded.set_by, set_at = excluded.set_at`,
      )
      .run(orgId, deadline, userId, at);
  }

  /** The deadline in force: the organization's own, else the nearest ancestor's. */
  effective(orgId: string, ancestors: readonly string[]): PassportDeadline {
    for (const id of [orgId, ...ancestors]) {
      const deadline = this.own(id);
      if (deadline !== null) return { deadline, setOn: id };
    }
    return { deadline: null, setOn: null };
  }
}
