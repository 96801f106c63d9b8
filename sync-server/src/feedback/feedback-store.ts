// Feedback messages in the registry database (both dialects through `Sql`), and the
// counts the chair-progress picture needs (who ever signed in; editor grants).
import { randomUUID } from 'node:crypto';
import type { FeedbackItem, FeedbackStatus, NewFeedback } from '@profgrid/core';
import type { Sql } from '../store/sql.ts';

interface Row {
  id: string;
  author_name: string;
  org_id: string;
  text: string;
  screen: string | null;
  app_version: string | null;
  status: FeedbackStatus;
  answer: string;
  created_at: number | string;
  updated_at: number | string;
  answered_at: number | string | null;
  seen_at: number | string | null;
}

const SELECT = `SELECT f.id, u.display_name AS author_name, f.org_id, f.text, f.screen,
  f.app_version, f.status, f.answer, f.created_at, f.updated_at, f.answered_at, f.seen_at
  FROM feedback f JOIN users u ON u.id = f.author_id`;

/** Unseen by the author: answered (or its status changed) after they last looked. */
const UNSEEN = `f.answered_at IS NOT NULL AND (f.seen_at IS NULL OR f.seen_at < f.answered_at)`;

/** Whose inbox: the organizations where the user has a role, and where they are admin. */
export interface InboxScope {
  readonly userId: string;
  /** Organizations with any role: messages from strictly below them are addressed. */
  readonly roleOrgs: readonly string[];
  /** Organizations administered: their own messages are addressed too. */
  readonly adminOrgs: readonly string[];
}

export interface InboxPage {
  readonly items: FeedbackItem[];
  /** Messages matching the filter (all pages). */
  readonly total: number;
  readonly counts: Record<FeedbackStatus, number>;
}

const toItem = (r: Row): FeedbackItem => ({
  id: r.id,
  authorName: r.author_name,
  orgId: r.org_id,
  text: r.text,
  screen: r.screen,
  appVersion: r.app_version,
  status: r.status,
  answer: r.answer,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
  ...(r.answered_at !== null &&
    (r.seen_at === null || Number(r.seen_at) < Number(r.answered_at)) && { unread: true }),
});

export class FeedbackStore {
  readonly #sql: Sql;
  readonly #now: () => number;

  constructor(sql: Sql, now: () => number = Date.now) {
    this.#sql = sql;
    this.#now = now;
  }

  async add(authorId: string, orgId: string, body: NewFeedback): Promise<FeedbackItem> {
    const id = randomUUID();
    const at = this.#now();
    await this.#sql.run(
      `INSERT INTO feedback (id, author_id, org_id, text, screen, app_version, status, answer,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'new', '', ?, ?)`,
      [id, authorId, orgId, body.text, body.screen, body.appVersion, at, at],
    );
    return (await this.get(id))!;
  }

  async get(id: string): Promise<FeedbackItem | undefined> {
    const row = await this.#sql.get<Row>(`${SELECT} WHERE f.id = ?`, [id]);
    return row && toItem(row);
  }

  async byAuthor(authorId: string): Promise<FeedbackItem[]> {
    const rows = await this.#sql.all<Row>(
      `${SELECT} WHERE f.author_id = ? ORDER BY f.created_at DESC, f.id LIMIT 500`,
      [authorId],
    );
    return rows.map(toItem);
  }

  /**
   * One page of the messages addressed to a user, newest first, filtered by status; the
   * organizations below their grants are walked in SQL (a recursive query over the tree
   * by its parent index), so the filter and the paging never read other messages.
   */
  async inbox(
    scope: InboxScope,
    filter: { status: FeedbackStatus | null; limit: number; offset: number },
  ): Promise<InboxPage> {
    const below = `WITH RECURSIVE below (id) AS (
        SELECT id FROM orgs WHERE ${this.#sql.inJsonList('parent_id')}
          OR ${this.#sql.inJsonList('id')}
        UNION SELECT o.id FROM orgs o JOIN below b ON o.parent_id = b.id
      )`;
    const scoped = `f.author_id <> ? AND f.org_id IN (SELECT id FROM below)`;
    const params = [JSON.stringify(scope.roleOrgs), JSON.stringify(scope.adminOrgs), scope.userId];
    const countRows = await this.#sql.all<{ status: FeedbackStatus; n: number | string }>(
      `${below} SELECT f.status, COUNT(*) AS n FROM feedback f WHERE ${scoped} GROUP BY f.status`,
      params,
    );
    const counts: Record<FeedbackStatus, number> = {
      new: 0,
      'in-progress': 0,
      accepted: 0,
      rejected: 0,
    };
    for (const r of countRows) if (r.status in counts) counts[r.status] = Number(r.n);
    const total =
      filter.status === null
        ? Object.values(counts).reduce((a, b) => a + b, 0)
        : counts[filter.status];
    const rows = await this.#sql.all<Row>(
      `${below} ${SELECT} WHERE ${scoped} ${filter.status === null ? '' : 'AND f.status = ?'}
       ORDER BY f.created_at DESC, f.id LIMIT ? OFFSET ?`,
      [...params, ...(filter.status === null ? [] : [filter.status]), filter.limit, filter.offset],
    );
    return { items: rows.map(toItem), total, counts };
  }

  /** How many of the author's messages have an answer they have not seen. */
  async unseenCount(authorId: string): Promise<number> {
    const row = await this.#sql.get<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM feedback f WHERE f.author_id = ? AND ${UNSEEN}`,
      [authorId],
    );
    return Number(row?.n ?? 0);
  }

  /** The author has seen the answers to their messages. */
  async markSeen(authorId: string): Promise<void> {
    await this.#sql.run(
      `UPDATE feedback SET seen_at = ? WHERE author_id = ? AND answered_at IS NOT NULL`,
      [this.#now(), authorId],
    );
  }

  async update(
    id: string,
    change: { status?: FeedbackStatus; answer?: string },
    by: string,
  ): Promise<FeedbackItem | undefined> {
    const current = await this.get(id);
    if (!current) return undefined;
    const status = change.status ?? current.status;
    const answer = change.answer ?? current.answer;
    // The author is told of a change they can see: a new answer or status.
    const changed = status !== current.status || answer !== current.answer;
    const at = this.#now();
    await this.#sql.run(
      `UPDATE feedback SET status = ?, answer = ?, answered_by = ?, updated_at = ?,
         answered_at = ${changed ? '?' : 'answered_at'} WHERE id = ?`,
      changed ? [status, answer, by, at, at, id] : [status, answer, by, at, id],
    );
    return this.get(id);
  }

  /** Editor grants of enabled users: who keeps which organization's list. */
  editorGrants(): Promise<{ user_id: string; org_id: string }[]> {
    return this.#sql.all(
      `SELECT r.user_id, r.org_id FROM role_grants r JOIN users u ON u.id = r.user_id
       WHERE r.role = 'editor' AND u.disabled = 0`,
    );
  }

  /** Users who ever signed in: a `login` entry in the audit log, or a session now. */
  async signedInUsers(): Promise<Set<string>> {
    const rows = await this.#sql.all<{ user_id: string }>(
      `SELECT user_id FROM audit_log WHERE action = 'login' AND user_id IS NOT NULL
       UNION SELECT user_id FROM sessions`,
    );
    return new Set(rows.map((r) => r.user_id));
  }
}
