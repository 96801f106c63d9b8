// The registry's SQL, one interface over both databases: the organization tree,
// users and roles, sessions, audit log, chair index, saved views, passport deadlines and
// rollup summaries are written once against it and run on SQLite (one instance, DATA_DIR)
// or PostgreSQL (DATABASE_URL: instances on any number of hosts). Statements use `?`
// placeholders and the SQL both dialects share; `inJsonList` covers the one construct
// that differs (membership in a long id list). 64-bit integers come back as numbers.
export type SqlValue = string | number | null;

export interface Statement {
  readonly sql: string;
  readonly params?: readonly SqlValue[];
}

export interface BatchOptions {
  /**
   * false: the commit need not reach the disk before the batch resolves — for rows
   * derived or counted behind (rollup summaries, audit counts), so that they cost no
   * fsync of their own. Atomic and crash-consistent all the same; an operating-system
   * crash or power loss may lose the last such commits (SQLite: synchronous=NORMAL for
   * that commit, and the next durable one — a FULL commit, or a document append's WAL
   * fsync — syncs its WAL frames too; PostgreSQL: SET LOCAL synchronous_commit = off). Default true.
   */
  readonly durable?: boolean;
}

export interface Sql {
  readonly dialect: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs one statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs the statements in one transaction: all of them or none. */
  batch(statements: readonly Statement[], options?: BatchOptions): Promise<void>;
  /**
   * Runs fn while holding a lock named by `key` that every instance on this database
   * respects (first-start seeding); SQLite has one instance, so fn simply runs.
   */
  exclusive<T>(key: number, fn: () => Promise<T>): Promise<T>;
  /**
   * Like exclusive(), without waiting: runs fn holding the lock when no instance holds it
   * now and resolves true once fn is done; resolves false at once, fn not run, when another
   * instance holds it (SQLite: runs fn).
   */
  tryExclusive(key: number, fn: () => Promise<void>): Promise<boolean>;
  /**
   * `column IN (…)` for the ids of a JSON array passed as the next parameter (lists of
   * thousands of organizations, more than either database takes as separate parameters).
   */
  inJsonList(column: string): string;
  /** An SQL expression: the database server's clock, in milliseconds since 1970. */
  readonly nowMs: string;
  /**
   * A bulk pass (seeding, a start-up back-fill): the durable writes fn makes — and only
   * those, not the requests answered meanwhile — commit without a disk sync of their own,
   * and the pass resolves after one sync that covers them all, instead of one per write.
   * A crash cuts it at a commit boundary (the WAL keeps a prefix of what was committed).
   * Absent (PostgreSQL): fn's writes sync as usual (inBulk).
   */
  bulk?<T>(fn: () => Promise<T>): Promise<T>;
}

/** Runs fn as one bulk pass where the database has them (Sql.bulk), else as it is. */
export const inBulk = <T>(sql: Sql, fn: () => Promise<T>): Promise<T> =>
  sql.bulk ? sql.bulk(fn) : fn();

/** Bumps a registry revision (`tree`, `access`); part of the batch of every such change. */
export const bumpRev = (name: 'tree' | 'access'): Statement => ({
  sql: 'UPDATE registry_revs SET rev = rev + 1 WHERE name = ?',
  params: [name],
});
