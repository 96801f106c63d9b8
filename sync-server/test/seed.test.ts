// First start with an empty DATA_DIR seeds the Belgorod demo registry (154 primary
// organizations, ~15,000 members); a second start changes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, SCHEMA_VERSION } from '@profgrid/core';
import { fsync } from 'node:fs';
import { seedIfEmpty } from '../src/demo/seed.ts';
import { createLogger, silentLogger } from '../src/log.ts';
import { ChairIndex } from '../src/registry/chair-index.ts';
import { SqlOrgRegistry } from '../src/registry/org-registry.ts';
import { openSqlite } from '../src/store/sqlite-db.ts';
import { SqliteDocStore } from '../src/store/sqlite-doc-store.ts';
import { sqliteSql } from '../src/store/sqlite-sql.ts';
import { removeDir, startTestRelay, tempDataDir } from './relay-harness.ts';

const dataDir = tempDataDir();
afterAll(() => removeDir(dataDir));

describe('demo seeding', () => {
  it('creates the tree, 154 primaries and about 15,000 members, and is idempotent', async () => {
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line));
    const first = await startTestRelay({ dataDir, seed: 'demo', logger });
    const res = await fetch(`${first.server.url}/api/orgs/subtree?root=central`, {
      headers: { cookie: first.cookie },
    });
    const orgs = (await res.json()) as { id: string; level: string; parentId: string | null }[];
    expect(orgs.slice(0, 3).map((o) => o.id)).toEqual([
      'central',
      'belgorod-region',
      'belgorod-city',
    ]);
    const primaries = orgs.filter((o) => o.level === 'primary');
    expect(primaries).toHaveLength(154);
    expect(primaries.every((o) => o.parentId === 'belgorod-city')).toBe(true);

    let members = 0;
    for (const org of primaries) {
      const stored = await first.server.store.load(`org:${org.id}`);
      const ydoc = new Y.Doc();
      Y.applyUpdate(ydoc, stored.snapshot!);
      const doc = new OrgDoc(ydoc);
      expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
      members += doc.memberCount;
    }
    expect(members).toBeGreaterThan(14_000);
    expect(members).toBeLessThan(16_500);
    const seeded = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l['msg'] === 'seeded');
    expect(seeded).toMatchObject({ organizations: 157, documents: 154, members });
    expect(lines.join('\n')).not.toMatch(/[А-Яа-яЁё]/); // counts only, no personal data
    await first.server.close();

    lines.length = 0;
    const second = await startTestRelay({ dataDir, seed: 'demo', logger });
    expect(lines.some((l) => l.includes('"seeded"'))).toBe(false);
    expect(
      (
        (await (
          await fetch(`${second.server.url}/api/orgs/subtree?root=central`, {
            headers: { cookie: second.cookie },
          })
        ).json()) as unknown[]
      ).length,
    ).toBe(157);
    // 154 organization documents and the demo's two committee tables
    const names = await second.server.store.names();
    expect(names.filter((n) => n.startsWith('org:'))).toHaveLength(154);
    expect(names.filter((n) => n.startsWith('table:'))).toHaveLength(2);
    await second.server.close();
  });
});

describe('demo seeding on disk', () => {
  it('syncs the WAL once for the whole pass, not once per document written', async () => {
    const dir = tempDataDir();
    const db = openSqlite(dir);
    let syncs = 0;
    const sql = sqliteSql(db, {
      syncFile: (fd, done) => {
        syncs++;
        fsync(fd, done);
      },
    });
    try {
      const registry = await SqlOrgRegistry.open(sql);
      const chairs = new ChairIndex(sql, registry);
      const store = new SqliteDocStore(db);
      syncs = 0;
      const seeded = await seedIfEmpty({
        mode: 'demo',
        sql,
        registry,
        store,
        logger: silentLogger,
        onDoc: (orgId, doc) => chairs.indexDoc(orgId, doc),
      });
      expect(seeded).toBe(true);
      // every primary's chair cards were written (a durable batch each), with one sync
      const cards = await sql.get<{ n: number }>(
        'SELECT COUNT(DISTINCT org_id) AS n FROM chair_cards',
      );
      expect(cards!.n).toBeGreaterThan(100);
      expect(syncs).toBe(1);
      await store.close();
    } finally {
      await sql.close();
      db.close();
      removeDir(dir);
    }
  });
});
