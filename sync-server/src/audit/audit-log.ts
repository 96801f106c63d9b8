// The audit log (152-ФЗ): who opened or changed which organization's data and when,
// plus logins and administrative changes. Rows carry ids, codes and counts, never
// personal data. Consecutive doc-open/doc-change rows of the same user and
// organization within a minute are coalesced into one row with a count: the row is
// inserted at once, its count increments are written behind (≤ 1 s, one transaction).
// Rows live in the shared database (store/sql.ts): every instance writes and reads them.
import type { Sql } from '../store/sql.ts';
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
  readonly #sql: Sql;
  readonly #now: () => number;
  /** user|org|action → id (once inserted) and time of the last row, for coalescing. */
  readonly #last = new Map<string, { id: Promise<number>; at: number }>();
  /** Row id → count increments not yet written. */
  readonly #counts: WriteBehind<number, number>;

  constructor(sql: Sql, now: () => number, onError: (err: unknown) => void) {
    this.#sql = sql;
    this.#now = now;
    this.#counts = new WriteBehind(sql, {
      everyMs: 1000,
      statement: (id, n) => ({
        sql: 'UPDATE audit_log SET count = count + ? WHERE id = ?',
        params: [n, id],
      }),
      onError,
      merge: (failed, newer) => failed + newer,
    });
  }

  async record(event: AuditEvent): Promise<void> {
    const now = this.#now();
    const key = `${event.userId}|${event.orgId}|${event.action}`;
    const coalesced = COALESCED.has(event.action);
    const last = coalesced ? this.#last.get(key) : undefined;
    if (last && now - last.at < COALESCE_MS) {
      const id = await last.id;
      this.#counts.update(id, (n) => (n ?? 0) + 1);
      return;
    }
    const inserted = this.#sql
      .get<{ id: number }>(
        'INSERT INTO audit_log (at, user_id, org_id, action, detail) VALUES (?, ?, ?, ?, ?) RETURNING id',
        [now, event.userId, event.orgId, event.action, event.detail ?? ''],
      )
      .then((row) => row!.id);
    if (!coalesced) return void (await inserted);
    const entry = { id: inserted, at: now };
    this.#last.set(key, entry);
    try {
      await inserted;
    } catch (err) {
      if (this.#last.get(key) === entry) this.#last.delete(key);
      throw err;
    }
  }

  /** Writes the pending count increments (before reading, and at shutdown). */
  flush(): Promise<void> {
    return this.#counts.flush();
  }

  /** Newest first. */
  async query(q: AuditQuery): Promise<AuditEntry[]> {
    await this.flush();
    const rows = await this.#sql.all<Row>(
      'SELECT a.id, a.at, a.user_id, u.login, a.org_id, a.action, a.detail, a.count ' +
        'FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ' +
        `WHERE a.at >= ? AND a.at <= ? AND (${this.#sql.inJsonList('a.org_id')} ` +
        'OR (? = 1 AND a.org_id IS NULL)) ORDER BY a.id DESC LIMIT ?',
      [
        q.from ?? 0,
        q.to ?? Number.MAX_SAFE_INTEGER,
        JSON.stringify(q.orgIds),
        q.includeNoOrg ? 1 : 0,
        q.limit,
      ],
    );
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
