// Ordering recounts across instances: a document's version grows with every insertion and
// deletion and is the same for the same merged state; RollupService keeps the recount of
// the newest state when an older one arrives late from another instance.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, orgSummary, yearToDate } from '@profgrid/core';
import { silentLogger } from '../log.ts';
import { SqlOrgRegistry } from '../registry/org-registry.ts';
import { openSqlite } from '../store/sqlite-db.ts';
import { SqliteDocStore } from '../store/sqlite-doc-store.ts';
import { sqliteSql } from '../store/sqlite-sql.ts';
import { RollupService } from './rollup-service.ts';
import { docVersion } from './summary-version.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The definition: the state vector's clocks plus the delete set's lengths, as Yjs builds them. */
function versionByYjs(doc: Y.Doc): number {
  let version = 0;
  for (const clock of Y.decodeStateVector(Y.encodeStateVector(doc)).values()) version += clock;
  for (const ranges of Y.snapshot(doc).ds.clients.values()) {
    for (const range of ranges) version += range.len;
  }
  return version;
}

describe('docVersion', () => {
  it("is the state vector's clocks plus the delete set's lengths, GC'd structs included", () => {
    const a = new Y.Doc();
    const b = new Y.Doc({ gc: false });
    for (const doc of [a, b]) {
      member(doc, 'm1');
      member(doc, 'm2');
      const members = doc.getMap<Y.Map<string>>('members');
      members.get('m1')!.set('phone', '1');
      members.get('m1')!.set('phone', '2'); // the old value deleted
      members.delete('m2'); // a member deleted with its fields (collected in a)
      doc.getArray<string>('history').push(['x', 'y', 'z']);
      doc.getArray<string>('history').delete(0, 2);
      expect(docVersion(doc)).toBe(versionByYjs(doc));
    }
    const merged = new Y.Doc();
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(b));
    expect(docVersion(merged)).toBe(versionByYjs(merged));
    expect(docVersion(new Y.Doc())).toBe(0);
  });
});

function member(doc: Y.Doc, id: string): void {
  new OrgDoc(doc).addMember(id, { surname: `Фамилия ${id}`, gender: 'female' });
}

/** A SQLite store with a central organization `top` and its primary `s1`. */
async function twoOrgs() {
  const dir = mkdtempSync(join(tmpdir(), 'pg-rollups-'));
  dirs.push(dir);
  const db = openSqlite(dir);
  const sql = sqliteSql(db);
  const registry = await SqlOrgRegistry.open(sql);
  const org = { institutionType: null, code: '' } as const;
  await registry.insertMany([
    { ...org, id: 'top', parentId: null, name: 'Top', shortName: 'T', level: 'central' },
    { ...org, id: 's1', parentId: 'top', name: 'S1', shortName: 'S1', level: 'primary' },
  ]);
  return { db, sql, registry };
}

describe('docVersion', () => {
  it('grows with insertions and deletions; a merged state is at least each side', () => {
    const a = new Y.Doc();
    const v0 = docVersion(a);
    member(a, 'm1');
    const v1 = docVersion(a);
    expect(v1).toBeGreaterThan(v0);
    new OrgDoc(a).deleteMember('m1');
    expect(docVersion(a)).toBeGreaterThan(v1);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    member(b, 'm2');
    member(a, 'm3');
    const merged = new Y.Doc();
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(b));
    expect(docVersion(merged)).toBeGreaterThan(Math.max(docVersion(a), docVersion(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(docVersion(a)).toBe(docVersion(merged)); // same state, same version anywhere
  });
});

describe('RollupService across instances', () => {
  it('keeps the newest recount when an older one arrives late', async () => {
    const { db, sql, registry } = await twoOrgs();
    const rollups = new RollupService({
      sql,
      registry,
      store: new SqliteDocStore(db),
      logger: silentLogger,
    });
    const older = new Y.Doc();
    member(older, 'm1');
    const newer = new Y.Doc();
    Y.applyUpdate(newer, Y.encodeStateAsUpdate(older));
    member(newer, 'm2');
    rollups.recount('s1', newer); // this instance holds both members
    const today = rollups.today();
    const stale = orgSummary(new OrgDoc(older).snapshot(), today, yearToDate(today));
    rollups.applyRemote({ orgId: 's1', summary: stale, referenceDate: today }, docVersion(older));
    expect(rollups.rollup('top').membersTotal).toBe(2);
    const third = new Y.Doc();
    Y.applyUpdate(third, Y.encodeStateAsUpdate(newer));
    member(third, 'm3');
    const fresh = orgSummary(new OrgDoc(third).snapshot(), today, yearToDate(today));
    rollups.applyRemote({ orgId: 's1', summary: fresh, referenceDate: today }, docVersion(third));
    expect(rollups.rollup('top').membersTotal).toBe(3);
    await rollups.close();
    db.close();
  });
});

describe('RollupService right after a start', () => {
  it('counts an organization the background count has not reached before answering for it', async () => {
    const { db, sql, registry } = await twoOrgs();
    const store = new SqliteDocStore(db);
    const doc = new Y.Doc();
    member(doc, 'm1');
    member(doc, 'm2');
    await store.append('org:s1', Y.encodeStateAsUpdate(doc));
    // No init(): nothing counted yet, as in the seconds after a start.
    const rollups = new RollupService({ sql, registry, store, logger: silentLogger });
    expect(rollups.rollup('s1').membersTotal).toBe(0);
    expect((await rollups.rollupCounted('s1')).membersTotal).toBe(2);
    expect(rollups.rollup('top').membersTotal).toBe(2);
    await rollups.close();
    db.close();
  });
});

describe('RollupService: the rows it writes', () => {
  it('an edit that moves no count rewrites no row; the row is still re-dated the next day', async () => {
    const { db, sql, registry } = await twoOrgs();
    const store = new SqliteDocStore(db);
    let now = Date.parse('2026-06-30T09:00:00Z');
    const ready: unknown[] = [];
    const rollups = new RollupService({
      sql,
      registry,
      store,
      now: () => now,
      refreshMs: 50,
      logger: {
        ...silentLogger,
        info: (msg, fields) => void (msg === 'rollups ready' && ready.push(fields)),
      },
    });
    const row = async () => {
      await rollups.reloadStored(); // reads the table, after writing what is pending
      return (
        await sql.all<{ version: number; summary: string }>(
          'SELECT version, summary FROM org_summaries WHERE org_id = ?',
          ['s1'],
        )
      )[0]!;
    };
    const doc = new Y.Doc();
    member(doc, 'm1');
    await store.append('org:s1', Y.encodeStateAsUpdate(doc));
    rollups.recount('s1', doc);
    const counted = await row();
    expect(counted.version).toBe(docVersion(doc));

    const members = doc.getMap<Y.Map<string>>('members');
    members.get('m1')!.set('phone', '+7 900 000-00-01'); // no count reads a phone
    rollups.recount('s1', doc);
    expect(docVersion(doc)).toBeGreaterThan(counted.version);
    expect(await row()).toEqual(counted); // not written again

    member(doc, 'm2'); // a second member moves the counts
    rollups.recount('s1', doc);
    const moved = await row();
    expect(moved.version).toBe(docVersion(doc));
    expect(JSON.parse(moved.summary)).toMatchObject({ membersTotal: 2 });

    members.get('m2')!.set('phone', '+7 900 000-00-02');
    rollups.recount('s1', doc);
    expect(await row()).toEqual(moved);

    // the next day the hourly refresh re-dates that row (it holds the counts of the newest
    // state recounted here), without opening the document
    await rollups.init();
    await rollups.ready;
    ready.length = 0;
    now = Date.parse('2026-07-01T09:00:00Z');
    await vi.waitFor(() => expect(ready).toHaveLength(1), { timeout: 10_000, interval: 20 });
    expect(ready[0]).toMatchObject({ redated: 1, counted: 0 });
    expect(rollups.rollup('top')).toMatchObject({ membersTotal: 2, referenceDate: '2026-07-01' });
    await rollups.close();
    db.close();
  });
});
