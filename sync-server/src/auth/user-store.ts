// Users and their role grants in SQL. Logins are unique case-insensitively (login_key
// is the lower-cased login); only password hashes are stored. Grants are read from
// SQL on every call, so a change is effective at once everywhere — on every instance
// sharing the database (store/sql.ts).
import { randomUUID } from 'node:crypto';
import type { Role, RoleGrant, UserRecord } from '@profgrid/core';
import { bumpRev } from '../store/sql.ts';
import type { Sql, SqlValue } from '../store/sql.ts';

export interface StoredUser extends UserRecord {
  readonly passwordHash: string;
}

interface UserRow {
  id: string;
  login: string;
  login_key: string;
  display_name: string;
  password_hash: string;
  disabled: number;
  created_at: string;
}

export const loginKey = (login: string): string => login.trim().toLowerCase();

export class UserStore {
  readonly #sql: Sql;
  readonly #now: () => number;

  constructor(sql: Sql, now: () => number = Date.now) {
    this.#sql = sql;
    this.#now = now;
  }

  async create(input: {
    login: string;
    displayName: string;
    passwordHash: string;
  }): Promise<StoredUser> {
    const id = randomUUID();
    await this.#sql.run(
      'INSERT INTO users (id, login, login_key, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [
        id,
        input.login.trim(),
        loginKey(input.login),
        input.displayName,
        input.passwordHash,
        new Date(this.#now()).toISOString(),
      ],
    );
    return (await this.get(id))!;
  }

  async get(id: string): Promise<StoredUser | undefined> {
    const row = await this.#sql.get<UserRow>('SELECT * FROM users WHERE id = ?', [id]);
    return row && this.#toUser(row);
  }

  async byLogin(login: string): Promise<StoredUser | undefined> {
    const row = await this.#sql.get<UserRow>('SELECT * FROM users WHERE login_key = ?', [
      loginKey(login),
    ]);
    return row && this.#toUser(row);
  }

  /** Every user, by login (code-point order, the same on both databases). */
  async all(): Promise<StoredUser[]> {
    const rows = await this.#sql.all<UserRow>('SELECT * FROM users');
    const grants = new Map<string, RoleGrant[]>();
    for (const g of await this.#sql.all<GrantRow>(
      'SELECT user_id, org_id, role FROM role_grants',
    )) {
      grants.set(g.user_id, [...(grants.get(g.user_id) ?? []), toGrant(g)]);
    }
    return rows
      .sort((a, b) => (a.login_key < b.login_key ? -1 : a.login_key > b.login_key ? 1 : 0))
      .map((r) => toUser(r, byOrg(grants.get(r.id) ?? [])));
  }

  async count(): Promise<number> {
    return (await this.#sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM users'))!.n;
  }

  /**
   * Sets only the given fields, in one statement: a read-modify-write would let a
   * concurrent update of another field (a password change racing a disable) undo it.
   */
  async update(
    id: string,
    patch: { displayName?: string; disabled?: boolean; passwordHash?: string },
  ): Promise<StoredUser> {
    const set: [string, SqlValue][] = [];
    if (patch.displayName !== undefined) set.push(['display_name', patch.displayName]);
    if (patch.disabled !== undefined) set.push(['disabled', patch.disabled ? 1 : 0]);
    if (patch.passwordHash !== undefined) set.push(['password_hash', patch.passwordHash]);
    if (set.length > 0) {
      await this.#sql.run(
        `UPDATE users SET ${set.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`,
        [...set.map(([, value]) => value), id],
      );
    }
    return (await this.get(id))!;
  }

  async grants(userId: string): Promise<RoleGrant[]> {
    const rows = await this.#sql.all<GrantRow>(
      'SELECT user_id, org_id, role FROM role_grants WHERE user_id = ?',
      [userId],
    );
    return byOrg(rows.map(toGrant));
  }

  /** Replaces the user's grants; of two instances replacing them at once, the last wins. */
  async setGrants(userId: string, grants: readonly RoleGrant[]): Promise<void> {
    await this.#sql.batch([
      // Locks the user's row first (PostgreSQL), so concurrent replacements run one after
      // the other instead of both deleting, then both inserting the same keys.
      { sql: 'UPDATE users SET id = id WHERE id = ?', params: [userId] },
      { sql: 'DELETE FROM role_grants WHERE user_id = ?', params: [userId] },
      ...grants.map((g) => ({
        sql: 'INSERT INTO role_grants (user_id, org_id, role) VALUES (?, ?, ?)',
        params: [userId, g.orgId, g.role],
      })),
      bumpRev('access'),
    ]);
  }

  async #toUser(row: UserRow): Promise<StoredUser> {
    return toUser(row, await this.grants(row.id));
  }
}

interface GrantRow {
  user_id: string;
  org_id: string;
  role: string;
}

const toGrant = (r: GrantRow): RoleGrant => ({ orgId: r.org_id, role: r.role as Role });

const byOrg = (grants: RoleGrant[]): RoleGrant[] =>
  grants.sort((a, b) => (a.orgId < b.orgId ? -1 : a.orgId > b.orgId ? 1 : 0));

function toUser(row: UserRow, roles: RoleGrant[]): StoredUser {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    disabled: row.disabled !== 0,
    createdAt: row.created_at,
    passwordHash: row.password_hash,
    roles,
  };
}
