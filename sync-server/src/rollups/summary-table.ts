// The table of each organization's own summary (issue 5; SQLite or PostgreSQL): one row per document,
// rewritten after the relay stored an update (debounced, then written behind: rows of
// the last second go in one transaction, see store/write-behind.ts) and at the first start. Subtree
// totals are not stored: they are rebuilt in memory from these rows at start, O(N·depth),
// and then kept by deltas. Rows hold counts only, never personal data.
import { EMPTY_SUMMARY } from '@profgrid/core';
import type { OrgSummary } from '@profgrid/core';
import type { Sql } from '../store/sql.ts';
import { WriteBehind } from '../store/write-behind.ts';

export interface SummaryRow {
  readonly orgId: string;
  readonly summary: OrgSummary;
  /** Reference date the summary was computed for (youth, year-to-date period). */
  readonly referenceDate: string;
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

export class SummaryTable {
  readonly #sql: Sql;
  readonly #rows: WriteBehind<string, { row: SummaryRow; now: number }>;

  constructor(sql: Sql, onError: (err: unknown) => void) {
    this.#sql = sql;
    this.#rows = new WriteBehind(sql, {
      everyMs: 1000,
      statement: (orgId, { row, now }) => ({
        sql:
          'INSERT INTO org_summaries (org_id, summary, reference_date, updated_at) VALUES (?, ?, ?, ?) ' +
          'ON CONFLICT (org_id) DO UPDATE SET summary = excluded.summary, ' +
          'reference_date = excluded.reference_date, updated_at = excluded.updated_at',
        params: [orgId, JSON.stringify(row.summary), row.referenceDate, now],
      }),
      onError,
    });
  }

  async all(): Promise<SummaryRow[]> {
    await this.flush();
    const rows = await this.#sql.all<{ org_id: string; summary: string; reference_date: string }>(
      'SELECT org_id, summary, reference_date FROM org_summaries',
    );
    return rows.map((r) => {
      const parsed = JSON.parse(r.summary) as Record<string, unknown>;
      // A row of an older version (fields missing) counts as stale: recounted at start.
      const complete = isComplete(parsed);
      return {
        orgId: r.org_id,
        summary: withDefaults(parsed),
        referenceDate: complete ? r.reference_date : '',
      };
    });
  }

  put(row: SummaryRow, now: number): void {
    this.#rows.update(row.orgId, () => ({ row, now }));
  }

  /** Writes the rows put in the last second (before reading, and at shutdown). */
  flush(): Promise<void> {
    return this.#rows.flush();
  }
}
