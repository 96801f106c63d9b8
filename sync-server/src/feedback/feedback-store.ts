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
}

const SELECT = `SELECT f.id, u.display_name AS author_name, f.org_id, f.text, f.screen,
  f.app_version, f.status, f.answer, f.created_at, f.updated_at
  FROM feedback f JOIN users u ON u.id = f.author_id`;

/** Newest messages read to filter by access; enough for a region, see CONTEXT.md. */
export const FEEDBACK_READ_LIMIT = 5000;

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

  /** The newest messages of everyone except `authorId`, with their organization. */
  async newestExcept(authorId: string): Promise<FeedbackItem[]> {
    const rows = await this.#sql.all<Row>(
      `${SELECT} WHERE f.author_id <> ? ORDER BY f.created_at DESC, f.id LIMIT ${FEEDBACK_READ_LIMIT}`,
      [authorId],
    );
    return rows.map(toItem);
  }

  async update(
    id: string,
    change: { status?: FeedbackStatus; answer?: string },
    by: string,
  ): Promise<FeedbackItem | undefined> {
    const current = await this.get(id);
    if (!current) return undefined;
    await this.#sql.run(
      `UPDATE feedback SET status = ?, answer = ?, answered_by = ?, updated_at = ? WHERE id = ?`,
      [change.status ?? current.status, change.answer ?? current.answer, by, this.#now(), id],
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
