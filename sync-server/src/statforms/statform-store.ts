// SQL of the statistical forms (tables in store/statforms-schema.ts), written once for
// SQLite and PostgreSQL over store/sql.ts. A form is keyed by organization and reporting
// date, so campaigns of a region and of a city for the same date share one form. State
// changes are conditional updates (`WHERE state IN …`): two reviewers or a chair and a
// reviewer racing get one winner and a conflict, never a mixed row.
import type { FormState, GapReason } from '@profgrid/core';
import type { Sql } from '../store/sql.ts';

export interface CampaignRow {
  readonly id: string;
  readonly orgId: string;
  readonly asOf: string;
  readonly deadline: string;
  readonly title: string;
  readonly openedBy: string;
  readonly openedAt: number;
  /** Closed by the committee: no more hand-ins, no tasks; null while open. */
  readonly closedAt?: number | null;
  readonly closedBy?: string | null;
}

/** What a handed-in form keeps: its line values and gap counts (no member ids). */
export interface FrozenFigures {
  readonly values: Readonly<Record<string, number | null>>;
  readonly gapCounts: Readonly<Partial<Record<GapReason, number>>>;
}

export interface FormRow {
  readonly orgId: string;
  readonly asOf: string;
  readonly state: Exclude<FormState, 'not-started'>;
  readonly manual: Readonly<Record<string, number>>;
  readonly explanations: Readonly<Record<string, string>>;
  readonly frozen: FrozenFigures | null;
  readonly handedBy: string | null;
  readonly handedAt: number | null;
  readonly reviewedBy: string | null;
  readonly reviewedAt: number | null;
  readonly comment: string;
}

interface CampaignSql {
  id: string;
  org_id: string;
  as_of: string;
  deadline: string;
  title: string;
  opened_by: string;
  opened_at: number;
  closed_at: number | string | null;
  closed_by: string | null;
}

interface FormSql {
  org_id: string;
  as_of: string;
  state: string;
  manual: string;
  explanations: string;
  frozen: string | null;
  handed_by: string | null;
  handed_at: number | null;
  reviewed_by: string | null;
  reviewed_at: number | null;
  comment: string;
}

const campaignOf = (r: CampaignSql): CampaignRow => ({
  id: r.id,
  orgId: r.org_id,
  asOf: r.as_of,
  deadline: r.deadline,
  title: r.title,
  openedBy: r.opened_by,
  openedAt: Number(r.opened_at),
  closedAt: r.closed_at === null ? null : Number(r.closed_at),
  closedBy: r.closed_by,
});

const formOf = (r: FormSql): FormRow => ({
  orgId: r.org_id,
  asOf: r.as_of,
  state: r.state as FormRow['state'],
  manual: JSON.parse(r.manual) as Record<string, number>,
  explanations: JSON.parse(r.explanations) as Record<string, string>,
  frozen: r.frozen === null ? null : (JSON.parse(r.frozen) as FrozenFigures),
  handedBy: r.handed_by,
  handedAt: r.handed_at === null ? null : Number(r.handed_at),
  reviewedBy: r.reviewed_by,
  reviewedAt: r.reviewed_at === null ? null : Number(r.reviewed_at),
  comment: r.comment,
});

const FORM_COLUMNS =
  'org_id, as_of, state, manual, explanations, frozen, handed_by, handed_at, reviewed_by, reviewed_at, comment';

export class StatformStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  /** A user's display name (who handed a form in), for the printed form. */
  async userName(userId: string): Promise<string | null> {
    const r = await this.#sql.get<{ display_name: string }>(
      'SELECT display_name FROM users WHERE id = ?',
      [userId],
    );
    return r?.display_name ?? null;
  }

  /** Inserts a campaign; false when the organization already has one for that date. */
  async openCampaign(c: CampaignRow): Promise<boolean> {
    const n = await this.#sql.run(
      `INSERT INTO statform_campaigns (id, org_id, as_of, deadline, title, opened_by, opened_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, as_of) DO NOTHING`,
      [c.id, c.orgId, c.asOf, c.deadline, c.title, c.openedBy, c.openedAt],
    );
    return n > 0;
  }

  /** Campaigns opened by any of `orgIds`, newest reporting date first. */
  async campaignsOf(orgIds: readonly string[]): Promise<CampaignRow[]> {
    const rows = await this.#sql.all<CampaignSql>(
      `SELECT * FROM statform_campaigns WHERE ${this.#sql.inJsonList('org_id')}
       ORDER BY as_of DESC, opened_at DESC`,
      [JSON.stringify(orgIds)],
    );
    return rows.map(campaignOf);
  }

  async campaign(id: string): Promise<CampaignRow | undefined> {
    const r = await this.#sql.get<CampaignSql>(`SELECT * FROM statform_campaigns WHERE id = ?`, [
      id,
    ]);
    return r ? campaignOf(r) : undefined;
  }

  /**
   * Changes a campaign's date, deadline and title; false when the organization already has
   * another campaign for the new date (the unique key), so nothing changed.
   */
  async editCampaign(
    id: string,
    change: { asOf: string; deadline: string; title: string },
  ): Promise<boolean> {
    const current = await this.campaign(id);
    if (!current) return false;
    const clash = await this.#sql.get<{ id: string }>(
      `SELECT id FROM statform_campaigns WHERE org_id = ? AND as_of = ? AND id <> ?`,
      [current.orgId, change.asOf, id],
    );
    if (clash) return false;
    const n = await this.#sql.run(
      `UPDATE statform_campaigns SET as_of = ?, deadline = ?, title = ? WHERE id = ?`,
      [change.asOf, change.deadline, change.title, id],
    );
    return n > 0;
  }

  /** Closes (`by` and `at`) or reopens (null) a campaign. */
  async closeCampaign(id: string, closed: { by: string; at: number } | null): Promise<void> {
    await this.#sql.run(`UPDATE statform_campaigns SET closed_at = ?, closed_by = ? WHERE id = ?`, [
      closed?.at ?? null,
      closed?.by ?? null,
      id,
    ]);
  }

  /** How many of `orgIds` have a form for `asOf` that was handed in (also returned or accepted). */
  async handedInEver(orgIds: readonly string[], asOf: string): Promise<number> {
    const row = await this.#sql.get<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM statforms WHERE as_of = ? AND handed_at IS NOT NULL
       AND ${this.#sql.inJsonList('org_id')}`,
      [asOf, JSON.stringify(orgIds)],
    );
    return Number(row?.n ?? 0);
  }

  async form(orgId: string, asOf: string): Promise<FormRow | undefined> {
    const r = await this.#sql.get<FormSql>(
      `SELECT ${FORM_COLUMNS} FROM statforms WHERE org_id = ? AND as_of = ?`,
      [orgId, asOf],
    );
    return r ? formOf(r) : undefined;
  }

  /** The forms of several organizations for one date (a committee's subordinates). */
  async forms(orgIds: readonly string[], asOf: string): Promise<Map<string, FormRow>> {
    const rows = await this.#sql.all<FormSql>(
      `SELECT ${FORM_COLUMNS} FROM statforms WHERE as_of = ? AND ${this.#sql.inJsonList('org_id')}`,
      [asOf, JSON.stringify(orgIds)],
    );
    return new Map(rows.map((r) => [r.org_id, formOf(r)]));
  }

  /** How many of `orgIds` have handed in (or had accepted) their form for `asOf`. */
  async handedInCount(orgIds: readonly string[], asOf: string): Promise<number> {
    const row = await this.#sql.get<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM statforms WHERE as_of = ? AND state IN ('submitted', 'accepted')
       AND ${this.#sql.inJsonList('org_id')}`,
      [asOf, JSON.stringify(orgIds)],
    );
    return Number(row?.n ?? 0);
  }

  /**
   * Saves a draft (manual lines, explanations) unless the form is handed in or accepted;
   * false when it is.
   */
  async saveDraft(
    orgId: string,
    asOf: string,
    manual: Readonly<Record<string, number>>,
    explanations: Readonly<Record<string, string>>,
    at: number,
  ): Promise<boolean> {
    const n = await this.#sql.run(
      `INSERT INTO statforms (org_id, as_of, state, manual, explanations, comment, updated_at)
       VALUES (?, ?, 'draft', ?, ?, '', ?)
       ON CONFLICT (org_id, as_of) DO UPDATE SET manual = excluded.manual,
         explanations = excluded.explanations, updated_at = excluded.updated_at,
         state = CASE WHEN statforms.state = 'returned' THEN 'returned' ELSE 'draft' END
       WHERE statforms.state IN ('draft', 'returned')`,
      [orgId, asOf, JSON.stringify(manual), JSON.stringify(explanations), at],
    );
    return n > 0;
  }

  /** Freezes the form as handed in; false when it already is handed in or accepted. */
  async handIn(
    orgId: string,
    asOf: string,
    manual: Readonly<Record<string, number>>,
    explanations: Readonly<Record<string, string>>,
    frozen: FrozenFigures,
    userId: string,
    at: number,
  ): Promise<boolean> {
    const n = await this.#sql.run(
      `INSERT INTO statforms (org_id, as_of, state, manual, explanations, frozen, handed_by,
         handed_at, comment, updated_at)
       VALUES (?, ?, 'submitted', ?, ?, ?, ?, ?, '', ?)
       ON CONFLICT (org_id, as_of) DO UPDATE SET state = 'submitted', manual = excluded.manual,
         explanations = excluded.explanations, frozen = excluded.frozen,
         handed_by = excluded.handed_by, handed_at = excluded.handed_at,
         updated_at = excluded.updated_at
       WHERE statforms.state IN ('draft', 'returned')`,
      [
        orgId,
        asOf,
        JSON.stringify(manual),
        JSON.stringify(explanations),
        JSON.stringify(frozen),
        userId,
        at,
        at,
      ],
    );
    return n > 0;
  }

  /** Accepts or returns a handed-in form; false when its state does not allow it. */
  async review(
    orgId: string,
    asOf: string,
    to: 'accepted' | 'returned',
    comment: string,
    userId: string,
    at: number,
  ): Promise<boolean> {
    const from = to === 'accepted' ? "('submitted')" : "('submitted', 'accepted')";
    const n = await this.#sql.run(
      `UPDATE statforms SET state = ?, comment = ?, reviewed_by = ?, reviewed_at = ?, updated_at = ?
       WHERE org_id = ? AND as_of = ? AND state IN ${from}`,
      [to, comment, userId, at, at, orgId, asOf],
    );
    return n > 0;
  }
}
