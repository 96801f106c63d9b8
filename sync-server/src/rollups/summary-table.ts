// The table of each organization's own summary (SQLite or PostgreSQL): one row per document,
// rewritten after the relay stored an update (debounced, then written behind: rows of
// the last second go in one transaction, see store/write-behind.ts) and at the first start. Subtree
// totals are not stored: they are rebuilt in memory from these rows at start, O(N·depth),
// and then kept by deltas. Rows hold counts only, never personal data.
import { EMPTY_SUMMARY } from '@profgrid/core';
import type { OrgSummary } from '@profgrid/core';
import { parseDatedCounts } from '@profgrid/core/dated-counts';
import type { DatedCounts } from '@profgrid/core/dated-counts';
import type { Sql } from '../store/sql.ts';
import { WriteBehind } from '../store/write-behind.ts';

export interface SummaryRow {
  readonly orgId: string;
  readonly summary: OrgSummary;
  /** Reference date the summary was computed for (youth, year-to-date period). */
  readonly referenceDate: string;
  /**
   * Birth and event dates by count (core dated-counts), in the row's own column: a later
   * day's summary is re-dated from them without the document. Null in rows of older
   * versions and for documents they cannot reproduce; absent (kept as it is) in rows that
   * other instances announce.
   */
  readonly dated?: DatedCounts | null;
}

/** Fills fields missing from rows written by an older version with zeros. */
function withDefaults(parsed: Record<string, unknown>): OrgSummary {
  const out: Record<string, unknown> = { ...EMPTY_SUMMARY };
  for (const [key, zero] of Object.entries(EMPTY_SUMMARY)) {
    const v = parsed[key];
    if (typeof zero === 'number') out[key] = typeof v === 'number' ? v : 0;
    else out[key] = { ...zero, ...(typeof v === 'object' && v !== null ? v : {}) };
  }
  return out as unknown as OrgSummary;
}

/**
 * True when the row has every field of this version, nested ones included: new required
 * passport fields add keys to `missing`, and a row counted without them is stale.
 */
function isComplete(parsed: Record<string, unknown>): boolean {
  return Object.entries(EMPTY_SUMMARY).every(([key, zero]) => {
    if (!(key in parsed)) return false;
    const v = parsed[key];
    if (typeof zero === 'number') return true;
    return typeof v === 'object' && v !== null && Object.keys(zero).every((k) => k in v);
  });
}

/**
 * A summary received from another instance (cluster/cluster-events.ts): complete and with
 * numbers where this version has numbers, else null.
 */
export function summaryFromJson(value: unknown): OrgSummary | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const parsed = value as Record<string, unknown>;
  if (!isComplete(parsed)) return null;
  const numbersOk = Object.entries(EMPTY_SUMMARY).every(([key, zero]) => {
    const v = parsed[key];
    if (typeof zero === 'number') return typeof v === 'number' && Number.isFinite(v);
    const nested = v as Record<string, unknown>;
    return Object.keys(zero).every((k) => typeof nested[k] === 'number');
  });
  return numbersOk ? withDefaults(parsed) : null;
}

/** A row as stored: with the version of the document state it counts. */
export interface StoredSummary extends SummaryRow {
  readonly version: number;
}

interface Row {
  org_id: string;
  summary: string;
  reference_date: string;
  version: number;
  written_at: number;
}

function fromRow(r: Row): StoredSummary {
  const parsed = JSON.parse(r.summary) as Record<string, unknown>;
  // A row of an older version (fields missing) counts as stale: recounted at start.
  const complete = isComplete(parsed);
  return {
    orgId: r.org_id,
    summary: withDefaults(parsed),
    referenceDate: complete ? r.reference_date : '',
    version: r.version,
  };
}

const COLUMNS = 'org_id, summary, reference_date, version, written_at';

export class SummaryTable {
  readonly #sql: Sql;
  readonly #rows: WriteBehind<string, { row: SummaryRow; now: number; version: number }>;

  constructor(sql: Sql, onError: (err: unknown) => void) {
    this.#sql = sql;
    this.#rows = new WriteBehind(sql, {
      everyMs: 1000,
      // A row never goes back to an older document state (another instance's late write).
      statement: (orgId, { row, now, version }) => ({
        sql:
          'INSERT INTO org_summaries (org_id, summary, reference_date, updated_at, version, written_at, dated) ' +
          `VALUES (?, ?, ?, ?, ?, ${sql.nowMs}, ?) ` +
          'ON CONFLICT (org_id) DO UPDATE SET summary = excluded.summary, ' +
          'reference_date = excluded.reference_date, updated_at = excluded.updated_at, ' +
          'version = excluded.version, written_at = excluded.written_at, dated = excluded.dated ' +
          'WHERE excluded.version >= org_summaries.version',
        params: [
          orgId,
          JSON.stringify(row.summary),
          row.referenceDate,
          now,
          version,
          row.dated ? JSON.stringify(row.dated) : null,
        ],
      }),
      onError,
    });
  }

  async all(): Promise<StoredSummary[]> {
    await this.flush();
    return (await this.#sql.all<Row>(`SELECT ${COLUMNS} FROM org_summaries`)).map(fromRow);
  }

  /**
   * Every row, `size` at a time in org_id order (keyset pages: each query is short, and
   * the caller can yield between pages).
   */
  async *pages(size: number): AsyncGenerator<StoredSummary[]> {
    await this.flush();
    let after = '';
    for (;;) {
      const rows = await this.#sql.all<Row>(
        `SELECT ${COLUMNS} FROM org_summaries WHERE org_id > ? ORDER BY org_id LIMIT ?`,
        [after, size],
      );
      if (rows.length === 0) return;
      yield rows.map(fromRow);
      if (rows.length < size) return;
      after = rows.at(-1)!.org_id;
    }
  }

  /**
   * Rows written (by any instance, on the database's clock) after `sinceMs`, and the
   * latest write time among them (the next call's `sinceMs`, less an overlap).
   */
  async writtenSince(sinceMs: number): Promise<{ rows: StoredSummary[]; latest: number }> {
    const rows = await this.#sql.all<Row>(
      `SELECT ${COLUMNS} FROM org_summaries WHERE written_at > ?`,
      [sinceMs],
    );
    return {
      rows: rows.map(fromRow),
      latest: rows.reduce((max, r) => Math.max(max, r.written_at), sinceMs),
    };
  }

  /** The dated counts kept with the rows of `orgIds` (those that have usable ones). */
  async datedOf(orgIds: readonly string[]): Promise<Map<string, DatedCounts>> {
    await this.flush();
    const rows = await this.#sql.all<{ org_id: string; dated: string | null }>(
      `SELECT org_id, dated FROM org_summaries WHERE ${this.#sql.inJsonList('org_id')}`,
      [JSON.stringify(orgIds)],
    );
    const out = new Map<string, DatedCounts>();
    for (const r of rows) {
      const dated = r.dated === null ? null : parseDatedCounts(JSON.parse(r.dated));
      if (dated) out.set(r.org_id, dated);
    }
    return out;
  }

  /** The database's clock now (ms). */
  async dbNow(): Promise<number> {
    return (await this.#sql.get<{ now: number }>(`SELECT ${this.#sql.nowMs} AS now`))!.now;
  }

  put(row: SummaryRow, now: number, version: number): void {
    this.#rows.update(row.orgId, () => ({ row, now, version }));
  }

  /** Writes the rows put in the last second (before reading, and at shutdown). */
  flush(): Promise<void> {
    return this.#rows.flush();
  }
}
