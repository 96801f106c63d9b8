// Sessions: the id (32 random bytes, base64url) lives only in the client's cookie; the
// table keeps its SHA-256, so a leaked database opens no session. A session ends on
// logout, when its user is disabled, after `idleMs` without use and `maxMs` after login.
// The clock is injected so expiry is tested without sleeping. Sessions are rows of the
// shared database (store/sql.ts): one signed in on one instance is live on all.
import { createHash, randomBytes } from 'node:crypto';
import type { Sql } from '../store/sql.ts';

export interface SessionLimits {
  readonly idleMs: number;
  readonly maxMs: number;
}

export interface SessionInfo {
  /** SHA-256 of the session id (hex): safe to keep in memory and compare; never logged. */
  readonly key: string;
  readonly userId: string;
}

/** Touching last_seen_at more often than this would cost an fsync per request. */
const TOUCH_EVERY_MS = 15_000;

export const sessionKey = (sessionId: string): string =>
  createHash('sha256').update(sessionId).digest('hex');

export class SessionStore {
  readonly #sql: Sql;
  readonly #limits: SessionLimits;
  readonly #now: () => number;

  constructor(sql: Sql, limits: SessionLimits, now: () => number) {
    this.#sql = sql;
    this.#limits = limits;
    this.#now = now;
  }

  /** Session key → when touch() last reached the database. */
  readonly #touched = new Map<string, number>();

  /** Starts a session; returns the id for the cookie (the only place it exists). */
  async create(userId: string): Promise<{ id: string; key: string }> {
    const id = randomBytes(32).toString('base64url');
    const now = this.#now();
    const key = sessionKey(id);
    await this.#sql.run(
      'INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
      [key, userId, now, now],
    );
    return { id, key };
  }

  /** The live session of a cookie value, touching it; null when unknown or expired. */
  async resolve(sessionId: string, touch = true): Promise<SessionInfo | null> {
    const key = sessionKey(sessionId);
    const userId = await this.#live(key, touch);
    return userId === null ? null : { key, userId };
  }

  /** True while the session exists and has not expired (expired ones are deleted). */
  async check(key: string, touch = false): Promise<boolean> {
    return (await this.#live(key, touch)) !== null;
  }

  /**
   * Marks the session as in use (an edit on a socket), at most once per TOUCH_EVERY_MS
   * per session without asking the database: the relay calls this for every update.
   */
  async touch(key: string): Promise<void> {
    const now = this.#now();
    if (now - (this.#touched.get(key) ?? -Infinity) < TOUCH_EVERY_MS) return;
    this.#touched.set(key, now);
    await this.#live(key, true);
  }

  async end(key: string): Promise<void> {
    this.#touched.delete(key);
    await this.#sql.run('DELETE FROM sessions WHERE id_hash = ?', [key]);
  }

  /** Ends every session of the user, except `keepKey` when given. */
  async endAllOf(userId: string, keepKey = ''): Promise<void> {
    await this.#sql.run('DELETE FROM sessions WHERE user_id = ? AND id_hash <> ?', [
      userId,
      keepKey,
    ]);
  }

  /**
   * Of the given session keys, those that exist, have not expired and belong to an enabled
   * user — with that user's id. One query for all (the sweep of open sockets).
   */
  async liveOf(keys: readonly string[]): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const now = this.#now();
    const rows = await this.#sql.all<{ id_hash: string; user_id: string }>(
      'SELECT s.id_hash, s.user_id FROM sessions s JOIN users u ON u.id = s.user_id ' +
        `WHERE ${this.#sql.inJsonList('s.id_hash')} AND u.disabled = 0 ` +
        'AND s.last_seen_at >= ? AND s.created_at >= ?',
      [JSON.stringify(keys), now - this.#limits.idleMs, now - this.#limits.maxMs],
    );
    return new Map(rows.map((r) => [r.id_hash, r.user_id]));
  }

  /** Deletes every expired session; returns how many. */
  async sweep(): Promise<number> {
    const now = this.#now();
    if (this.#touched.size > 10_000) this.#touched.clear();
    return this.#sql.run('DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?', [
      now - this.#limits.idleMs,
      now - this.#limits.maxMs,
    ]);
  }

  /** The user of a live session (touched when asked), or null; ends an expired one. */
  async #live(key: string, touch: boolean): Promise<string | null> {
    const row = await this.#sql.get<{ user_id: string; created_at: number; last_seen_at: number }>(
      'SELECT user_id, created_at, last_seen_at FROM sessions WHERE id_hash = ?',
      [key],
    );
    if (!row) return null;
    const now = this.#now();
    if (now - row.last_seen_at > this.#limits.idleMs || now - row.created_at > this.#limits.maxMs) {
      await this.end(key);
      return null;
    }
    if (touch && now - row.last_seen_at >= TOUCH_EVERY_MS) await this.#touchRow(key, now);
    return row.user_id;
  }

  /** Touches under way, by session key. */
  readonly #touching = new Map<string, Promise<void>>();

  /**
   * Writes last_seen_at. Answers asked at once (a page's first requests) share one write
   * instead of queueing on the row's lock one after the other. The write costs no fsync
   * of its own (`durable: false`): it only holds off idle expiry, and a crash that loses
   * it makes the session look at most TOUCH_EVERY_MS longer idle.
   */
  #touchRow(key: string, now: number): Promise<void> {
    let writing = this.#touching.get(key);
    if (!writing) {
      writing = this.#sql
        .batch(
          [{ sql: 'UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?', params: [now, key] }],
          { durable: false },
        )
        .finally(() => this.#touching.delete(key));
      this.#touching.set(key, writing);
    }
    return writing;
  }
}
