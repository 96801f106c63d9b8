// Where a card goes when its holder moves: the card follows the person, not the
// organization. A member transferred between organizations (an accepted transfer,
// transfers/) keeps the same card; it is re-attached to the receiving organization instead
// of being revoked. Only the `transfers` table's accepted rows are read, never a person.
import type { Sql } from '../store/sql.ts';

export class CardTransfers {
  readonly #sql: Sql;
  constructor(sql: Sql) {
    this.#sql = sql;
  }

  /**
   * The organization the member reached from `orgId` by accepted transfers, in the order
   * they were decided (A→B, then B→C gives C); `orgId` itself when they never left it by
   * a transfer.
   */
  async destination(memberId: string, orgId: string): Promise<string> {
    const rows = await this.#sql.all<{ from_org_id: string; to_org_id: string }>(
      "SELECT from_org_id, to_org_id FROM transfers WHERE member_id = ? AND status = 'accepted' ORDER BY decided_at, id",
      [memberId],
    );
    let at = orgId;
    for (const r of rows) if (r.from_org_id === at) at = r.to_org_id;
    return at;
  }
}
