// The registry contract, organization half: the tree, the chair index,
// saved views and passport deadlines behave the same on SQLite and on PostgreSQL — the
// same cases run on both dialects through store/sql.ts. A second connection from
// `reopen()` stands for another instance on the same database.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from '@profgrid/core';
import type { GridView, Organization } from '@profgrid/core';
import { UserStore } from '../src/auth/user-store.ts';
import { ChairIndex } from '../src/registry/chair-index.ts';
import { SqlOrgRegistry } from '../src/registry/org-registry.ts';
import { ViewStore } from '../src/registry/view-store.ts';
import { PassportDeadlines } from '../src/rollups/passport-deadlines.ts';
import { DIALECTS, openRegistryDb, registryDbLifecycle } from './registry-db.ts';
import type { Dialect, RegistryDb } from './registry-db.ts';

registryDbLifecycle();
const opened: RegistryDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

async function openDb(dialect: Dialect): Promise<RegistryDb> {
  const db = await openRegistryDb(dialect);
  opened.push(db);
  return db;
}

async function reopen(db: RegistryDb): Promise<RegistryDb> {
  const other = await db.reopen();
  opened.push(other);
  return other;
}

const org = (id: string, parentId: string | null, name = id): Organization => ({
  id,
  parentId,
  name,
  shortName: name,
  level: parentId === null ? 'regional' : 'primary',
  institutionType: null,
});

const ids = (registry: SqlOrgRegistry) => registry.list().map((o) => o.id);

describe.each(DIALECTS)('SqlOrgRegistry on %s', (dialect) => {
  it('lists parents before children and siblings by insertion, also after a move', async () => {
    const registry = await SqlOrgRegistry.open((await openDb(dialect)).sql);
    // s1's parent city-a comes later in the batch: the tree still puts it first.
    await registry.insertMany([
      org('region', null),
      org('city-b', 'region'),
      org('s1', 'city-a'),
      org('city-a', 'region'),
      org('s2', 'city-b'),
    ]);
    await registry.insertMany([org('s3', 'city-a')]);
    expect(ids(registry)).toEqual(['region', 'city-b', 's2', 'city-a', 's1', 's3']);
    expect(registry.ancestorsOf('s3')).toEqual(['city-a', 'region']);

    const moved = await registry.move('s1', 'city-b');
    expect(moved).toMatchObject({ id: 's1', parentId: 'city-b' });
    expect(ids(registry)).toEqual(['region', 'city-b', 's1', 's2', 'city-a', 's3']);
    expect(registry.ancestorsOf('s1')).toEqual(['city-b', 'region']);
    // A subtree moves with its children; city-a was inserted before s2.
    await registry.move('city-a', 'city-b');
    expect(ids(registry)).toEqual(['region', 'city-b', 's1', 'city-a', 's3', 's2']);
    expect(registry.ancestorsOf('s3')).toEqual(['city-a', 'city-b', 'region']);
    expect(registry.childrenOf('city-b').map((o) => o.id)).toEqual(['s1', 'city-a', 's2']);
  });

  it('update, setArchived and move return the new record (also what get() gives)', async () => {
    const registry = await SqlOrgRegistry.open((await openDb(dialect)).sql);
    await registry.insertMany([org('region', null), org('a', 'region'), org('b', 'region')]);
    expect(registry.get('a')).toEqual({ ...org('a', 'region'), code: 'a', archived: false });
    const updated = await registry.update('a', { name: 'Школа №1', code: '001' });
    expect(updated).toEqual({
      ...org('a', 'region'),
      name: 'Школа №1',
      code: '001',
      archived: false,
    });
    const archived = await registry.setArchived('a', true);
    expect(archived).toEqual({ ...updated, archived: true });
    expect(await registry.setArchived('a', false)).toEqual(updated);
    const moved = await registry.move('a', 'b');
    expect(moved).toEqual({ ...updated, parentId: 'b' });
    expect(registry.get('a')).toEqual(moved);
  });

  it('a second instance sees the writes only after reload(), and then exactly', async () => {
    const db = await openDb(dialect);
    const first = await SqlOrgRegistry.open(db.sql);
    await first.insertMany([org('region', null), org('a', 'region')]);
    const second = await SqlOrgRegistry.open((await reopen(db)).sql);
    expect(second.list()).toEqual(first.list());

    await first.insertMany([org('b', 'region')]);
    await first.update('a', { name: 'renamed' });
    await first.move('b', 'a');
    await first.setArchived('region', true);
    expect(ids(second)).toEqual(['region', 'a']);
    expect(second.get('a')!.name).toBe('a');
    await second.reload();
    expect(second.list()).toEqual(first.list());
    expect(second.ancestorsOf('b')).toEqual(['a', 'region']);
  });

  it('update writes only the patched fields over another instance’s newer edit', async () => {
    const db = await openDb(dialect);
    const first = await SqlOrgRegistry.open(db.sql);
    await first.insertMany([{ ...org('region', null), institutionType: null }, org('a', 'region')]);
    const second = await SqlOrgRegistry.open((await reopen(db)).sql);
    await first.update('a', { name: 'Renamed there' });
    // second has not reloaded yet: its copy still has the old name.
    const updated = await second.update('a', { code: '042', institutionType: 'school' });
    expect(updated).toMatchObject({
      name: 'Renamed there',
      code: '042',
      institutionType: 'school',
    });
    expect((await second.update('a', { institutionType: null })).institutionType).toBeNull();
  });

  it('refuses a move under the subtree made by another instance’s move (no cycle)', async () => {
    const db = await openDb(dialect);
    const first = await SqlOrgRegistry.open(db.sql);
    await first.insertMany([org('region', null), org('x', 'region'), org('y', 'region')]);
    const second = await SqlOrgRegistry.open((await reopen(db)).sql);
    await first.move('x', 'y');
    // second's copy still has x and y side by side: y under x looks allowed there.
    await expect(second.move('y', 'x')).rejects.toThrow(/not moved/);
    expect(ids(second)).toEqual(['region', 'y', 'x']);
    await first.reload();
    expect(first.list()).toEqual(second.list());
    await expect(first.move('region', 'x')).rejects.toThrow(/not moved/);
    await expect(first.move('nowhere', 'x')).rejects.toThrow(/not moved/);
    // The same race at once: exactly one of the two moves lands.
    await first.insertMany([org('a', 'region'), org('b', 'region')]);
    await second.reload();
    const both = await Promise.allSettled([first.move('a', 'b'), second.move('b', 'a')]);
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    await Promise.all([first.reload(), second.reload()]);
    expect(second.list()).toHaveLength(5);
    expect(first.list()).toEqual(second.list());
  });

  it('concurrent reload() calls end in the latest state', async () => {
    const db = await openDb(dialect);
    const first = await SqlOrgRegistry.open(db.sql);
    await first.insertMany([org('region', null)]);
    const second = await SqlOrgRegistry.open((await reopen(db)).sql);
    const reloads: Promise<void>[] = [];
    for (let i = 0; i < 5; i++) {
      reloads.push(second.reload());
      await first.insertMany([org(`s${i}`, 'region')]);
      reloads.push(second.reload());
    }
    await Promise.all(reloads);
    expect(ids(second)).toEqual(['region', 's0', 's1', 's2', 's3', 's4']);
  });

  it('insertMany with a duplicate id rejects and inserts none of the batch', async () => {
    const db = await openDb(dialect);
    const registry = await SqlOrgRegistry.open(db.sql);
    await registry.insertMany([org('region', null), org('a', 'region')]);
    let changes = 0;
    registry.onChange(() => changes++);
    await expect(
      registry.insertMany([org('new-1', 'region'), org('a', 'region', 'dup'), org('new-2', null)]),
    ).rejects.toThrow();
    expect(ids(registry)).toEqual(['region', 'a']);
    expect(changes).toBe(0);
    const fresh = await SqlOrgRegistry.open((await reopen(db)).sql);
    expect(fresh.list()).toEqual(registry.list());
    expect(fresh.get('a')!.name).toBe('a');
  });
});

function passportDoc(fields: { chairName?: string; chairPhone?: string; deputies?: string }) {
  const doc = new Y.Doc();
  const org = new OrgDoc(doc);
  for (const [field, value] of Object.entries(fields)) {
    org.setPassportField(field as 'chairName' | 'chairPhone' | 'deputies', value);
  }
  return doc;
}

describe.each(DIALECTS)('ChairIndex on %s', (dialect) => {
  async function open() {
    const db = await openDb(dialect);
    const registry = await SqlOrgRegistry.open(db.sql);
    await registry.insertMany([
      org('region', null, 'Обком'),
      org('s1', 'region', 'Школа №1'),
      org('s2', 'region', 'Гимназия Ёлочка'),
    ]);
    const chairs = new ChairIndex(db.sql, registry);
    await chairs.indexDoc(
      's1',
      passportDoc({
        chairName: 'Артём Сергеевич Пётров',
        chairPhone: '+7 900 111-22-33',
        deputies: 'Иванова Анна, ivanova@school1.ru\nСидоров Олег +7 900 555-66-77',
      }),
    );
    await chairs.indexDoc('s2', passportDoc({ chairName: 'Семёнова Елена' }));
    await chairs.indexDoc('region', passportDoc({ chairName: 'Орлов Игорь' }));
    return { db, registry, chairs };
  }
  const all = ['region', 's1', 's2'];
  const names = (cards: { name: string }[]) => cards.map((c) => c.name);

  it('finds cards by name, phone, email and org name: case-insensitive, ё = е', async () => {
    const { chairs } = await open();
    expect(await chairs.search(all, 'ПЕТРОВ', 10)).toMatchObject([
      { orgId: 's1', orgName: 'Школа №1', role: 'chair', phone: '+7 900 111-22-33' },
    ]);
    expect(names(await chairs.search(all, 'семенова', 10))).toEqual(['Семёнова Елена']);
    expect(names(await chairs.search(all, '555-66', 10))).toEqual(['Сидоров Олег']);
    expect(await chairs.search(all, 'IVANOVA@', 10)).toMatchObject([
      { name: 'Иванова Анна', role: 'deputy', email: 'ivanova@school1.ru', phone: '' },
    ]);
    expect(names(await chairs.search(all, 'елочка', 10))).toEqual(['Семёнова Елена']);
    expect(await chairs.search(all, 'нет такого', 10)).toEqual([]);
  });

  it('returns only the given organizations, in their (tree) order, up to the limit', async () => {
    const { chairs } = await open();
    expect(names(await chairs.search(all, '', 10))).toEqual([
      'Орлов Игорь',
      'Артём Сергеевич Пётров',
      'Иванова Анна',
      'Сидоров Олег',
      'Семёнова Елена',
    ]);
    expect(names(await chairs.search(['s2', 's1'], '', 10))[0]).toBe('Семёнова Елена');
    expect(names(await chairs.search(['s2'], '', 10))).toEqual(['Семёнова Елена']);
    expect(names(await chairs.search(all, '', 2))).toEqual([
      'Орлов Игорь',
      'Артём Сергеевич Пётров',
    ]);
    expect(await chairs.search([], '', 10)).toEqual([]);
  });

  it('re-indexing replaces the cards; another instance sees them', async () => {
    const { db, registry, chairs } = await open();
    await chairs.indexDoc('s1', passportDoc({ chairName: 'Новиков Пётр' }));
    expect(names(await chairs.search(['s1'], '', 10))).toEqual(['Новиков Пётр']);
    const other = await reopen(db);
    const there = new ChairIndex(other.sql, await SqlOrgRegistry.open(other.sql));
    expect(names(await there.search(all, '', 10))).toEqual([
      'Орлов Игорь',
      'Новиков Пётр',
      'Семёнова Елена',
    ]);
    await chairs.indexDoc('s1', passportDoc({}));
    expect(await there.search(['s1'], '', 10)).toEqual([]);
    expect(registry.size).toBe(3);
  });

  it('an instance re-indexes entries it wrote before after another instance changed them', async () => {
    const { db, chairs } = await open();
    const other = await reopen(db);
    const there = new ChairIndex(other.sql, await SqlOrgRegistry.open(other.sql));
    await there.indexDoc('s2', passportDoc({ chairName: 'Другой Председатель' }));
    // The passport is back to what this instance indexed first (an edit made here).
    await chairs.indexDoc('s2', passportDoc({ chairName: 'Семёнова Елена' }));
    expect(names(await there.search(['s2'], '', 10))).toEqual(['Семёнова Елена']);
  });

  it('re-reads a document it has seen only when its passport changed', async () => {
    const { db, chairs } = await open();
    const doc = passportDoc({ chairName: 'Семёнова Елена' });
    await chairs.indexDoc('s2', doc);
    const other = await reopen(db);
    const there = new ChairIndex(other.sql, await SqlOrgRegistry.open(other.sql));
    await there.indexDoc('s2', passportDoc({ chairName: 'Другой Председатель' }));
    // A member edit leaves the passport as it was: nothing to re-index here.
    new OrgDoc(doc).addMember('m1', { surname: 'Петров' });
    await chairs.indexDoc('s2', doc);
    expect(names(await chairs.search(['s2'], '', 10))).toEqual(['Другой Председатель']);
    new OrgDoc(doc).setPassportField('chairPhone', '+7 900 000-00-00');
    await chairs.indexDoc('s2', doc);
    expect(await chairs.search(['s2'], '', 10)).toMatchObject([
      { name: 'Семёнова Елена', phone: '+7 900 000-00-00' },
    ]);
  });
});

const view = (width: number): GridView => ({
  version: 1,
  columns: [
    { colId: 'surname', hide: false, pinned: 'left', width, sort: 'asc', sortIndex: 0 },
    { colId: 'phone', hide: true, pinned: null, width: null, sort: null, sortIndex: null },
  ],
});

describe.each(DIALECTS)('ViewStore on %s', (dialect) => {
  it('puts, gets, replaces and deletes one view per user and organization', async () => {
    const db = await openDb(dialect);
    const users = new UserStore(db.sql);
    const hash = 'h';
    const u1 = await users.create({ login: 'u1', displayName: 'U1', passwordHash: hash });
    const u2 = await users.create({ login: 'u2', displayName: 'U2', passwordHash: hash });
    const views = new ViewStore(db.sql, () => 1000);
    expect(await views.get(u1.id, 's1')).toBeNull();
    await views.put(u1.id, 's1', view(120));
    await views.put(u1.id, 's2', view(130));
    await views.put(u2.id, 's1', view(140));
    expect(await views.get(u1.id, 's1')).toEqual(view(120));
    await views.put(u1.id, 's1', view(200));
    expect(await views.get(u1.id, 's1')).toEqual(view(200));
    expect(await views.get(u2.id, 's1')).toEqual(view(140));
    await views.delete(u1.id, 's1');
    expect(await views.get(u1.id, 's1')).toBeNull();
    expect(await views.get(u1.id, 's2')).toEqual(view(130));
    const count = await db.sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM grid_views');
    expect(count!.n).toBe(2);
  });

  it('reads a stored view this version cannot parse as none (null)', async () => {
    const db = await openDb(dialect);
    const u = await new UserStore(db.sql).create({
      login: 'u',
      displayName: 'U',
      passwordHash: 'h',
    });
    const views = new ViewStore(db.sql, () => 1000);
    for (const raw of ['{not json', '{"version":99,"columns":[]}', 'null']) {
      await db.sql.run(
        'INSERT INTO grid_views (user_id, org_id, view, updated_at) VALUES (?, ?, ?, ?)',
        [u.id, raw, raw, 1],
      );
      expect(await views.get(u.id, raw)).toBeNull();
    }
  });
});

describe.each(DIALECTS)('PassportDeadlines on %s', (dialect) => {
  it('keeps own deadlines; effective() is the own one, else the nearest ancestor’s', async () => {
    const db = await openDb(dialect);
    const deadlines = new PassportDeadlines(db.sql);
    const chain = ['city', 'region'];
    expect(await deadlines.own('s1')).toBeNull();
    expect(await deadlines.effective('s1', chain)).toEqual({ deadline: null, setOn: null });
    await deadlines.set('region', '2026-12-01', 'u1', 1);
    expect(await deadlines.effective('s1', chain)).toEqual({
      deadline: '2026-12-01',
      setOn: 'region',
    });
    await deadlines.set('city', '2026-12-10', 'u1', 2);
    expect(await deadlines.effective('s1', chain)).toEqual({
      deadline: '2026-12-10',
      setOn: 'city',
    });
    await deadlines.set('s1', '2026-11-30', 'u1', 3);
    await deadlines.set('s1', '2026-12-15', 'u2', 4); // replaces
    expect(await deadlines.own('s1')).toBe('2026-12-15');
    expect(await deadlines.effective('s1', chain)).toEqual({ deadline: '2026-12-15', setOn: 's1' });
    await deadlines.set('s1', null, 'u1', 5);
    await deadlines.set('city', null, 'u1', 6);
    expect(await deadlines.own('s1')).toBeNull();
    expect(await deadlines.effective('s1', chain)).toEqual({
      deadline: '2026-12-01',
      setOn: 'region',
    });
    expect(await deadlines.effective('region', [])).toEqual({
      deadline: '2026-12-01',
      setOn: 'region',
    });
  });
});
