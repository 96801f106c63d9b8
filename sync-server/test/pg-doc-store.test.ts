// The PostgreSQL DocStore passes the storage contract suite against a real PostgreSQL 15
// (test/servers/real-servers.ts), plus the rules only a shared store needs.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/config.ts';
import { PgDocStore } from '../src/store/pg-doc-store.ts';
import { connectPg } from '../src/store/pg-pool.ts';
import { migratePg, PG_SCHEMA_VERSION } from '../src/store/pg-migrations.ts';
import { registerDocStoreContractTests } from './doc-store-contract.ts';
import { NODE_BIN, removeDir, tempDataDir } from './relay-harness.ts';
import { startPostgres } from './servers/real-servers.ts';
import type { RealServer } from './servers/real-servers.ts';

let pg: RealServer;
let dbCounter = 0;

beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
afterAll(async () => {
  await pg?.destroy();
}, 60_000);

/** A fresh database on the shared server; returns its URL. */
async function freshDatabase(): Promise<string> {
  const name = `contract_${++dbCounter}`;
  const admin = connectPg(pg.url);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return pg.url.replace(/\/postgres$/, `/${name}`);
}

registerDocStoreContractTests('postgresql', async () => {
  const url = await freshDatabase();
  return {
    open: () => PgDocStore.open(url),
    async cleanup() {},
  };
});

describe('PgDocStore: what several instances sharing it need', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);

  it('migrations apply once, also when two instances migrate at the same time', async () => {
    const url = await freshDatabase();
    const a = connectPg(url);
    const b = connectPg(url);
    const results = await Promise.all([migratePg(a), migratePg(b)]);
    expect(results.map((r) => r.to)).toEqual([PG_SCHEMA_VERSION, PG_SCHEMA_VERSION]);
    const { rows } = await a.query<{ version: number }>('SELECT version FROM profgrid_migrations');
    expect(rows.map((r) => r.version)).toEqual(
      Array.from({ length: PG_SCHEMA_VERSION }, (_, i) => i + 1),
    );
    expect(await migratePg(a)).toEqual({ from: PG_SCHEMA_VERSION, to: PG_SCHEMA_VERSION });
    await Promise.all([a.end(), b.end()]);
  });

  it('runs every connection with synchronous_commit=on, whatever the database default', async () => {
    const url = await freshDatabase();
    const admin = connectPg(pg.url);
    await admin.query(`ALTER DATABASE contract_${dbCounter} SET synchronous_commit = off`);
    await admin.end();
    const sql = connectPg(url);
    const { rows } = await sql.query<{ synchronous_commit: string }>('SHOW synchronous_commit');
    expect(rows[0]!.synchronous_commit).toBe('on');
    await sql.end();
  });

  it('seqs of two stores appending to one document are unique and all loaded', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([PgDocStore.open(url), PgDocStore.open(url)]);
    const seqs = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).append('org:x', bytes(i))),
    );
    expect(new Set(seqs).size).toBe(40);
    const loaded = await a.load('org:x');
    expect(loaded.updates.map((u) => u[0]).sort((x, y) => x! - y!)).toEqual(
      Array.from({ length: 40 }, (_, i) => i),
    );
    expect(loaded.lastSeq).toBe(Math.max(...seqs));
    expect((await b.heads(['org:x', 'org:none'])).get('org:x')).toBe(loaded.lastSeq);
    await Promise.all([a.close(), b.close()]);
  });

  it('compaction never overwrites a compaction that covers more (two instances)', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([PgDocStore.open(url), PgDocStore.open(url)]);
    const s1 = await a.append('org:c', bytes(1));
    const s2 = await b.append('org:c', bytes(2));
    await b.compact('org:c', bytes(12), s2); // b compacted further first
    await a.compact('org:c', bytes(1), s1); // a's older view must not replace it
    const loaded = await a.load('org:c');
    expect(Array.from(loaded.snapshot!)).toEqual([12]);
    expect(loaded.lastSeq).toBe(s2);
    expect(await a.append('org:c', bytes(3))).toBeGreaterThan(s2);
    await Promise.all([a.close(), b.close()]);
  });

  it('pnpm migrate migrates SQLite and PostgreSQL, prints versions, never the URL', async () => {
    const url = await freshDatabase();
    const dataDir = tempDataDir();
    const { stdout } = await promisify(execFile)(
      NODE_BIN,
      [join(REPO_ROOT, 'sync-server', 'src', 'migrate-main.ts')],
      { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: url } },
    );
    removeDir(dataDir);
    const line = JSON.parse(stdout.trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ msg: 'migrated', postgres: PG_SCHEMA_VERSION });
    expect(stdout).not.toContain(url);
    const pool = connectPg(url);
    const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM doc_heads');
    expect(rows[0]!.n).toBe(0);
    await pool.end();
  });
});
