// The audit log (152-ФЗ): who opened or changed which organization's data and when,
// plus logins and administrative changes. Rows carry ids, codes and counts, never
// personal data. Consecutive doc-open/doc-change rows of the same user and
// organization within a minute are coalesced into one row with a count: the row is
// inserted at once, its count increments are written behind (≤ 1 s, one transaction).
import type { DatabaseSync } from 'node:sqlite';
import { WriteBehind } from '../store/write-behind.ts';
import type { AuditAction, AuditEntry } from '@profgrid/core';

export interface AuditEvent {
  readonly action: AuditAction;
  readonly userId: string | null;
  readonly orgId: string | null;
  readonly detail?: string;
}

export interface AuditQuery {
  /** Organizations whose rows are wanted; null = also rows without an organization. */
  readonly orgIds: readonly string[];
  readonly includeNoOrg: boolean;
  readonly from?: number;
  readonly to?: number;
  readonly limit: number;
}

const COALESCED: ReadonlySet<AuditAction> = new Set(['doc-open', 'doc-change']);
const COALESCE_MS = 60_000;

interface Row {
  id: number;
  at: number;
  user_id: string | null;
  login: string | null;
  org_id: string | null;
  action: string;
  detail: string;
  count: number;
}

export class AuditLog {
  readonly #db: DatabaseSync;
  readonly #now: () => number;
  /** user|org|action → id and time of the last row, for coalescing. */
  readonly #last = new Map<string, { id: number; at: number }>();
  /** Row id → count increments not yet written. */
  readonly #counts: WriteBehind<number, number>;

  constructor(db: DatabaseSync, now: () => number) {
    this.#db = db;
    this.#now = now;
    const increment = db.prepare('UPDATE audit_log SET count = count + ? WHERE id = ?');
    this.#counts = new WriteBehind(db, 1000, (id, n) => increment.run(n, id));
  }

  record(event: AuditEvent): void {
    const now = this.#now();
    const key = `${event.userId}|${event.orgId}|${event.action}`;
    if (COALESCED.has(event.action)) {
      const last = this.#last.get(key);
      if (last && now - last.at < COALESCE_MS) {
        this.#counts.update(last.id, (n) => (n ?? 0) + 1);
        return;
      }
    }
    const result = this.#db
      .prepare('INSERT INTO audit_log (at, user_id, org_id, action, detail) VALUES (?, ?, ?, ?, ?)')
      .run(now, event.userId, event.orgId, event.action, event.detail ?? '');
    if (COALESCED.has(event.action)) {
      this.#last.set(key, { id: Number(result.lastInsertRowid), at: now });
    }
  }

  /** Writes the pending count increments (before reading, and at shutdown). */
  flush(): void {
    this.#counts.flush();
  }

  /** Newest first. */
  query(q: AuditQuery): AuditEntry[] {
    this.flush();
    const rows = this.#db
      .prepare(
        'SELECT a.id, a.at, a.user_id, u.login, a.org_id, a.action, a.detail, a.count ' +
          'FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ' +
          'WHERE a.at >= ? AND a.at <= ? AND (a.org_id IN (SELECT value FROM json_each(?)) ' +
          'OR (? AND a.org_id IS NULL)) ORDER BY a.id DESC LIMIT ?',
      )
      .all(
        q.from ?? 0,
        q.to ?? Number.MAX_SAFE_INTEGER,
        JSON.stringify(q.orgIds),
        q.includeNoOrg ? 1 : 0,
        q.limit,
      ) as unknown as Row[];
    return rows.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      userId: r.user_id,
      userLogin: r.login,
      orgId: r.org_id,
      action: r.action as AuditAction,
      detail: r.count > 1 ? [r.detail, `count=${r.count}`].filter(Boolean).join(' ') : r.detail,
    }));
  }
}
