// Users and their role grants in SQL. Logins are unique case-insensitively (login_key
// is the lower-cased login); only password hashes are stored. Grants are read from
// SQL on every call, so a change is effective at once everywhere.
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Role, RoleGrant, UserRecord } from '@profgrid/core';
import { inTransaction } from '../store/sqlite-db.ts';

export interface StoredUser extends UserRecord {
  readonly passwordHash: string;
}

interface UserRow {
  id: string;
  login: string;
  display_name: string;
  password_hash: string;
  disabled: number;
  created_at: string;
}

export const loginKey = (login: string): string => login.trim().toLowerCase();

export class UserStore {
  readonly #db: DatabaseSync;
  readonly #now: () => number;

  constructor(db: DatabaseSync, now: () => number = Date.now) {
    this.#db = db;
    this.#now = now;
  }

  create(input: { login: string; displayName: string; passwordHash: string }): StoredUser {
    const id = randomUUID();
    this.#db
      .prepare(
        'INSERT INTO users (id, login, login_key, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        id,
        input.login.trim(),
        loginKey(input.login),
        input.displayName,
        input.passwordHash,
        new Date(this.#now()).toISOString(),
      );
    return this.get(id)!;
  }

  get(id: string): StoredUser | undefined {
    const row = this.#db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return row && this.#toUser(row);
  }

  byLogin(login: string): StoredUser | undefined {
    const row = this.#db.prepare('SELECT * FROM users WHERE login_key = ?').get(loginKey(login)) as
      UserRow | undefined;
    return row && this.#toUser(row);
  }

  all(): StoredUser[] {
    const rows = this.#db
      .prepare('SELECT * FROM users ORDER BY login_key')
      .all() as unknown as UserRow[];
    return rows.map((r) => this.#toUser(r));
  }

  count(): number {
    return (this.#db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
  }

  update(id: string, patch: { displayName?: string; disabled?: boolean; passwordHash?: string }) {
    const u = this.get(id)!;
    this.#db
      .prepare('UPDATE users SET display_name = ?, disabled = ?, password_hash = ? WHERE id = ?')
      .run(
        patch.displayName ?? u.displayName,
        (patch.disabled ?? u.disabled) ? 1 : 0,
        patch.passwordHash ?? u.passwordHash,
        id,
      );
    return this.get(id)!;
  }

  grants(userId: string): RoleGrant[] {
    const rows = this.#db
      .prepare('SELECT org_id, role FROM role_grants WHERE user_id = ? ORDER BY org_id')
      .all(userId) as { org_id: string; role: string }[];
    return rows.map((r) => ({ orgId: r.org_id, role: r.role as Role }));
  }

  setGrants(userId: string, grants: readonly RoleGrant[]): void {
    const insert = this.#db.prepare(
      'INSERT INTO role_grants (user_id, org_id, role) VALUES (?, ?, ?)',
    );
    inTransaction(this.#db, () => {
      this.#db.prepare('DELETE FROM role_grants WHERE user_id = ?').run(userId);
      for (const g of grants) insert.run(userId, g.orgId, g.role);
    });
  }

  #toUser(row: UserRow): StoredUser {
    return {
      id: row.id,
      login: row.login,
      displayName: row.display_name,
      disabled: row.disabled !== 0,
      createdAt: row.created_at,
      passwordHash: row.password_hash,
      roles: this.grants(row.id),
    };
  }
}
