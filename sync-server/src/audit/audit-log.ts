// The audit log (152-ФЗ): who opened or changed which organization's data and when,
// plus logins and administrative changes. Rows carry ids, codes and counts, never
// personal data. The open/change events of one user and organization (and of one committee
// table or request answer, named in the detail) within one clock minute are one row with a
// count — on every instance alike: the row is named by its window (`window_key`, unique), and each instance adds its count to it with an
// upsert, so N relays behind a balancer still write one row per action. Every row and
// every count is written behind like the other derived rows (store/write-behind.ts:
// within a second, in shared transactions without an fsync of their own) — a burst of
// opens costs one commit a second, not one durable commit per document. What a flush
// wrote survives a crash of the process (kill -9); what was still pending (under a
// second's worth) does not. The row's time is the first event of its window that a flush
// wrote.
// Rows live in the shared database (store/sql.ts): every instance writes and reads them.
import type { Sql, Statement } from '../store/sql.ts';
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

const COALESCED: ReadonlySet<AuditAction> = new Set([
  'doc-open',
  'doc-change',
  'table-open',
  'table-change',
  'answer-open',
  'answer-change',
]);
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

/** A row to write: inserted, or (with a window key) added to the window's row if any. */
interface Pending {
  readonly event: AuditEvent;
  readonly at: number;
  readonly windowKey: string | null;
  /** Counted up in place while the row waits (audit-log's record). */
  count: number;
}

function statement({ event, at, windowKey, count }: Pending): Statement {
  const params = [at, event.userId, event.orgId, event.action, event.detail ?? '', count];
  if (windowKey === null) {
    return {
      sql: 'INSERT INTO audit_log (at, user_id, org_id, action, detail, count) VALUES (?, ?, ?, ?, ?, ?)',
      params,
    };
  }
  return {
    sql:
      'INSERT INTO audit_log (at, user_id, org_id, action, detail, count, window_key) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?) ' +
      'ON CONFLICT (window_key) DO UPDATE SET count = audit_log.count + excluded.count',
    params: [...params, windowKey],
  };
}

export class AuditLog {
  readonly #sql: Sql;
  readonly #now: () => number;
  /** Rows and count increments not yet written, by window (or by event for the others). */
  readonly #rows: WriteBehind<string, Pending>;
  #serial = 0;

  constructor(sql: Sql, now: () => number, onError: (err: unknown) => void) {
    this.#sql = sql;
    this.#now = now;
    this.#rows = new WriteBehind(sql, {
      everyMs: 1000,
      statement: (_key, pending) => statement(pending),
      onError,
      // a failed write is retried carrying the increments that came after it
      merge: (failed, newer) => ({ ...failed, count: failed.count + newer.count }),
      // a window's row is shared by the instances (its key is its window_key)
      sharedName: (key) => (key.startsWith('#') ? null : key),
    });
  }

  /** Queues the event's row (or its count); resolves at once: the row is written behind. */
  record(event: AuditEvent): Promise<void> {
    const at = this.#now();
    if (!COALESCED.has(event.action)) {
      this.#rows.update(`#${++this.#serial}`, () => ({ event, at, windowKey: null, count: 1 }));
      return Promise.resolve();
    }
    const minute = Math.floor(at / COALESCE_MS);
    // the detail names the document (a table's id): two tables of one organization, two rows
    const what = event.detail ? `|${event.detail}` : '';
    const windowKey = `${event.action}|${event.userId ?? ''}|${event.orgId ?? ''}|${minute}${what}`;
    // a window's pending row counts up in place: no object per edit (a flush takes the
    // rows out of the queue first, so none it writes is changed under it)
    this.#rows.update(windowKey, (pending) => {
      if (!pending) return { event, at, windowKey, count: 1 };
      pending.count++;
      return pending;
    });
    return Promise.resolve();
  }

  /** Writes the pending rows and counts (before reading, and at shutdown). */
  flush(): Promise<void> {
    return this.#rows.flush();
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
