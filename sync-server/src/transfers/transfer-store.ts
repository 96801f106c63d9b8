// SQL of transfers (table in store/transfers-schema.ts), the same on SQLite and PostgreSQL.
// A decision is one conditional UPDATE (… WHERE status = 'pending'), so two instances or
// two clicks cannot both accept, or accept and cancel, the same transfer.
import type { TransferField, TransferStatus } from '@profgrid/core/transfers';
import type { Sql } from '../store/sql.ts';

export type TransferPerson = Readonly<Partial<Record<TransferField, string>>>;

export interface TransferRow {
  readonly id: string;
  readonly memberId: string;
  readonly fromOrgId: string;
  readonly toOrgId: string;
  readonly status: TransferStatus;
  readonly person: TransferPerson;
  readonly createdAt: number;
  readonly createdBy: string;
  readonly decidedAt: number | null;
  readonly decidedBy: string | null;
}

interface Raw {
  id: string;
  member_id: string;
  from_org_id: string;
  to_org_id: string;
  status: string;
  person: string;
  created_at: number;
  created_by: string;
  decided_at: number | null;
  decided_by: string | null;
}

const COLUMNS =
  'id, member_id, from_org_id, to_org_id, status, person, created_at, created_by, decided_at, decided_by';

function parsePerson(text: string): TransferPerson {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
    const out: Record<string, string> = {};
    for (const [k, value] of Object.entries(v)) if (typeof value === 'string') out[k] = value;
    return out;
  } catch {
    return {};
  }
}

const toRow = (r: Raw): TransferRow => ({
  id: r.id,
  memberId: r.member_id,
  fromOrgId: r.from_org_id,
  toOrgId: r.to_org_id,
  status: r.status as TransferStatus,
  person: parsePerson(r.person),
  createdAt: Number(r.created_at),
  createdBy: r.created_by,
  decidedAt: r.decided_at === null ? null : Number(r.decided_at),
  decidedBy: r.decided_by,
});

export class TransferStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  /** False when the member already has a pending transfer from this organization. */
  async insert(row: Omit<TransferRow, 'status' | 'decidedAt' | 'decidedBy'>): Promise<boolean> {
    const pending = await this.#sql.get<{ id: string }>(
      "SELECT id FROM transfers WHERE from_org_id = ? AND member_id = ? AND status = 'pending'",
      [row.fromOrgId, row.memberId],
    );
    if (pending) return false;
    try {
      await this.#sql.run(
        `INSERT INTO transfers (${COLUMNS}) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, NULL, NULL)`,
        [
          row.id,
          row.memberId,
          row.fromOrgId,
          row.toOrgId,
          JSON.stringify(row.person),
          row.createdAt,
          row.createdBy,
        ],
      );
      return true;
    } catch {
      // another instance inserted the member's pending transfer a moment ago (unique index)
      return false;
    }
  }

  async get(id: string): Promise<TransferRow | undefined> {
    const raw = await this.#sql.get<Raw>(`SELECT ${COLUMNS} FROM transfers WHERE id = ?`, [id]);
    return raw ? toRow(raw) : undefined;
  }

  /** Moves a pending transfer to `status`; false when it was no longer pending. */
  async decide(id: string, status: TransferStatus, at: number, by: string): Promise<boolean> {
    const n = await this.#sql.run(
      "UPDATE transfers SET status = ?, decided_at = ?, decided_by = ? WHERE id = ? AND status = 'pending'",
      [status, at, by, id],
    );
    return n === 1;
  }

  /** Back to pending (an acceptance whose document writes failed). */
  async reopen(id: string): Promise<void> {
    await this.#sql.run(
      "UPDATE transfers SET status = 'pending', decided_at = NULL, decided_by = NULL WHERE id = ?",
      [id],
    );
  }

  /** Transfers from or to the organization, newest first (at most `limit`). */
  /**
   * A string that changes whenever a transfer from or to `orgId` is started, decided or
   * reopened (counts by status and the latest times): the live stream compares it.
   */
  async revision(orgId: string): Promise<string> {
    const row = await this.#sql.get<{
      n: number;
      p: number | null;
      c: number | null;
      d: number | null;
    }>(
      `SELECT count(*) AS n, sum(CASE WHEN status = 'pending' THEN 1 ELSE 0 END) AS p,
        max(created_at) AS c, max(decided_at) AS d
       FROM transfers WHERE from_org_id = ? OR to_org_id = ?`,
      [orgId, orgId],
    );
    return row ? [row.n, row.p ?? 0, row.c ?? 0, row.d ?? 0].map(Number).join(':') : '0';
  }

  async ofOrg(orgId: string, limit = 200): Promise<TransferRow[]> {
    const rows = await this.#sql.all<Raw>(
      `SELECT ${COLUMNS} FROM transfers WHERE from_org_id = ? OR to_org_id = ?
       ORDER BY created_at DESC LIMIT ${Math.trunc(limit)}`,
      [orgId, orgId],
    );
    return rows.map(toRow);
  }

  /** Pending transfers started before `before` (ms), oldest first. */
  async pendingBefore(before: number): Promise<TransferRow[]> {
    const rows = await this.#sql.all<Raw>(
      `SELECT ${COLUMNS} FROM transfers WHERE status = 'pending' AND created_at < ?
       ORDER BY created_at`,
      [before],
    );
    return rows.map(toRow);
  }

  /** Pending transfers to these organizations. */
  async pendingTo(orgIds: readonly string[]): Promise<TransferRow[]> {
    if (orgIds.length === 0) return [];
    const rows = await this.#sql.all<Raw>(
      `SELECT ${COLUMNS} FROM transfers WHERE status = 'pending' AND ${this.#sql.inJsonList('to_org_id')}
       ORDER BY created_at`,
      [JSON.stringify(orgIds)],
    );
    return rows.map(toRow);
  }
}
