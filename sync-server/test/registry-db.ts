// Empty registry databases for tests that must pass on both dialects (store/sql.ts):
// SQLite in a temp dir, or a fresh database (migrated) on one real PostgreSQL server per
// test file, started on first use. `registryDbLifecycle()` registers the afterAll that
// stops the server; call it at the top level of a test file that uses 'postgres'.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { connectPg, openPgPool } from '../src/store/pg-pool.ts';
import { pgSql } from '../src/store/pg-sql.ts';
import type { Sql } from '../src/store/sql.ts';
import { openSqlite } from '../src/store/sqlite-db.ts';
import { sqliteSql } from '../src/store/sqlite-sql.ts';
import { startPostgres } from './servers/real-servers.ts';
import type { RealServer } from './servers/real-servers.ts';

export type Dialect = Sql['dialect'];
export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

export interface RegistryDb {
  readonly sql: Sql;
  /** A second, independent connection to the same database (another instance). */
  reopen(): Promise<RegistryDb>;
  close(): Promise<void>;
}

let server: Promise<RealServer> | null = null;
let databases = 0;

export function registryDbLifecycle(): void {
  afterAll(async () => {
    const running = server;
    server = null;
    await (await running)?.destroy();
  }, 60_000);
}

async function freshPgUrl(): Promise<string> {
  server ??= startPostgres();
  const { url } = await server;
  const name = `registry_${process.pid}_${++databases}`;
  const admin = connectPg(url);
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return url.replace(/\/postgres$/, `/${name}`);
}

async function pgDb(url: string): Promise<RegistryDb> {
  const pool = await openPgPool(url);
  return { sql: pgSql(pool), reopen: () => pgDb(url), close: () => pool.end() };
}

function sqliteDb(dir: string, owner: boolean): RegistryDb {
  const db = openSqlite(dir);
  return {
    sql: sqliteSql(db),
    reopen: () => Promise.resolve(sqliteDb(dir, false)),
    close: () => {
      db.close();
      if (owner) rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

export async function openRegistryDb(dialect: Dialect): Promise<RegistryDb> {
  if (dialect === 'postgres') return pgDb(await freshPgUrl());
  return sqliteDb(mkdtempSync(join(tmpdir(), 'profgrid-registry-')), true);
}
