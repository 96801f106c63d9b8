// Sessions: the id (32 random bytes, base64url) lives only in the client's cookie; the
// table keeps its SHA-256, so a leaked database opens no session. A session ends on
// logout, when its user is disabled, after `idleMs` without use and `maxMs` after login.
// The clock is injected so expiry is tested without sleeping.
import { createHash, randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';

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
  readonly #db: DatabaseSync;
  readonly #limits: SessionLimits;
  readonly #now: () => number;

  constructor(db: DatabaseSync, limits: SessionLimits, now: () => number) {
    this.#db = db;
    this.#limits = limits;
    this.#now = now;
  }

  /** Session key → when touch() last reached the database. */
  readonly #touched = new Map<string, number>();

  /** Starts a session; returns the id for the cookie (the only place it exists). */
  create(userId: string): { id: string; key: string } {
    const id = randomBytes(32).toString('base64url');
    const now = this.#now();
    const key = sessionKey(id);
    this.#db
      .prepare(
        'INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
      )
      .run(key, userId, now, now);
    return { id, key };
  }

  /** The live session of a cookie value, touching it; null when unknown or expired. */
  resolve(sessionId: string, touch = true): SessionInfo | null {
    const key = sessionKey(sessionId);
    return this.check(key, touch) ? { key, userId: this.#userOf(key)! } : null;
  }

  /** True while the session exists and has not expired (expired ones are deleted). */
  check(key: string, touch = false): boolean {
    const row = this.#db
      .prepare('SELECT created_at, last_seen_at FROM sessions WHERE id_hash = ?')
      .get(key) as { created_at: number; last_seen_at: number } | undefined;
    if (!row) return false;
    const now = this.#now();
    if (now - row.last_seen_at > this.#limits.idleMs || now - row.created_at > this.#limits.maxMs) {
      this.end(key);
      return false;
    }
    if (touch && now - row.last_seen_at >= TOUCH_EVERY_MS) {
      this.#db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(now, key);
    }
    return true;
  }

  /**
   * Marks the session as in use (an edit on a socket), at most once per TOUCH_EVERY_MS
   * per session without asking the database: the relay calls this for every update.
   */
  touch(key: string): void {
    const now = this.#now();
    if (now - (this.#touched.get(key) ?? -Infinity) < TOUCH_EVERY_MS) return;
    this.#touched.set(key, now);
    this.check(key, true);
  }

  end(key: string): void {
    this.#touched.delete(key);
    this.#db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(key);
  }

  /** Ends every session of the user, except `keepKey` when given. */
  endAllOf(userId: string, keepKey = ''): void {
    this.#db
      .prepare('DELETE FROM sessions WHERE user_id = ? AND id_hash <> ?')
      .run(userId, keepKey);
  }

  /** Deletes every expired session; returns how many. */
  sweep(): number {
    const now = this.#now();
    if (this.#touched.size > 10_000) this.#touched.clear();
    const result = this.#db
      .prepare('DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?')
      .run(now - this.#limits.idleMs, now - this.#limits.maxMs);
    return Number(result.changes);
  }

  #userOf(key: string): string | undefined {
    const row = this.#db.prepare('SELECT user_id FROM sessions WHERE id_hash = ?').get(key) as
      { user_id: string } | undefined;
    return row?.user_id;
  }
}
