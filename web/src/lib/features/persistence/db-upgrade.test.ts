// A browser that ran version 3 kept saved views and dashboards as prefixed rows of the
// member-row cache; opening version 4 moves them into their tables and loses nothing.
// Version 5 does the same for committee-table entries and statistical forms.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { EMPTY_SUMMARY, emptyMember, toOrgRollup } from '@profgrid/core';
import { loadDashboard } from '../dashboard/dashboard-cache.ts';
import { ViewSync } from '../views/view-sync.ts';
import { ApiClient } from '../api/index.ts';
import { loadTableColumns, loadTableEntry, saveTableColumns } from '../tables/table-entry-cache.ts';
import { loadPendingDraft } from '../statforms/statform-cache.ts';
import { DEFAULT_DB_NAME, deleteDb, getDb, loadRowCache, openDb, statformKey } from './index.ts';

/** The database as version 3 of the app created it. */
function openVersion3(name: string) {
  const db = new Dexie(name);
  db.version(1).stores({ updates: '++seq, docName', orgs: 'key', syncMeta: 'docName' });
  db.version(2).stores({ rowCache: 'docName' });
  db.version(3).stores({ meta: 'key' });
  return db;
}

const period = { from: '2026-01-01', to: '2026-03-01' };
const view = {
  version: 1,
  columns: [
    { colId: 'surname', hide: false, pinned: 'left', width: 180, sort: 'asc', sortIndex: 0 },
  ],
};

describe('database version 4', () => {
  it('moves saved views and dashboards out of the row cache, nothing lost', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = openVersion3(name);
    const rollup = toOrgRollup('city', { ...EMPTY_SUMMARY, membersTotal: 15 }, period.to, period);
    const memberRows = JSON.stringify([{ ...emptyMember('m1'), surname: 'Иванова' }]);
    await old.table('rowCache').bulkPut([
      { docName: 'org:school-004', rows: memberRows, savedAt: '2026-03-01T09:00:00.000Z' },
      { docName: 'view:school-004', rows: JSON.stringify({ view, dirty: true }), savedAt: 's1' },
      { docName: 'view:gym-2', rows: JSON.stringify({ view: null, dirty: false }), savedAt: 's2' },
      {
        docName: 'dashboard:city',
        rows: JSON.stringify({ rollup, children: [] }),
        savedAt: '2026-03-01T10:00:00.000Z',
      },
      { docName: 'view:broken', rows: '{not json', savedAt: 's3' },
    ]);
    await old.table('meta').put({ key: 'me', me: { id: 'u1' }, savedAt: '' });
    old.close();

    const db = openDb(name);
    expect(await db.rowCache.toArray()).toEqual([
      { docName: 'org:school-004', rows: memberRows, savedAt: '2026-03-01T09:00:00.000Z' },
    ]);
    expect(await db.views.toArray()).toEqual([
      { orgId: 'gym-2', view: null, dirty: false, savedAt: 's2' },
      { orgId: 'school-004', view, dirty: true, savedAt: 's1' },
    ]);
    expect(await db.meta.get('me')).toMatchObject({ me: { id: 'u1' } });

    // The readers see what the old version saved.
    expect(await loadRowCache(db, 'org:school-004')).toHaveLength(1);
    const sync = new ViewSync(
      new ApiClient({ fetch: () => Promise.reject(new Error('offline')) }),
      () => db,
    );
    expect(await sync.cached('school-004')).toEqual({ view, dirty: true });
    expect(await sync.cached('gym-2')).toEqual({ view: null, dirty: false });
    const dash = await loadDashboard(db, 'city');
    expect(dash?.rollup.membersTotal).toBe(15);
    expect(dash?.savedAt).toBe('2026-03-01T10:00:00.000Z');
    db.close();
  });
});

describe('database version 5', () => {
  it('moves committee-table entries and statistical forms out of the row cache', async () => {
    const old = openVersion3(DEFAULT_DB_NAME);
    old.version(4).stores({ views: 'orgId', dashboards: 'orgId' });
    const memberRows = JSON.stringify([{ ...emptyMember('m1'), surname: 'Иванова' }]);
    const table = { id: 't1', title: 'Приёмка', orgId: 'city', template: 'acceptance' };
    const columns = [{ id: 'c:org', name: 'Учреждение', type: 'text' }];
    const draft = { manual: { '30': 4 }, explanations: { '12': 'уточнено' } };
    const campaigns = { campaigns: [] };
    await old.table('rowCache').bulkPut([
      { docName: 'org:school-004', rows: memberRows, savedAt: 'm' },
      { docName: 'table-entry:t1', rows: JSON.stringify({ table, access: 'write' }), savedAt: 'a' },
      { docName: 'table-columns:t1', rows: JSON.stringify(columns), savedAt: 'b' },
      { docName: 'table-columns:t2', rows: '{not json', savedAt: 'c' },
      {
        docName: 'statform:school-004:2027-01-01',
        rows: JSON.stringify({ lines: 1 }),
        savedAt: 'd',
      },
      {
        docName: 'statform-draft:school-004:2027-01-01',
        rows: JSON.stringify(draft),
        savedAt: 'e',
      },
      { docName: 'statform-campaigns:school-004', rows: JSON.stringify(campaigns), savedAt: 'f' },
    ]);
    old.close();

    const db = getDb();
    expect((await db.rowCache.toArray()).map((r) => r.docName)).toEqual(['org:school-004']);
    expect(await db.tableEntries.toArray()).toEqual([
      { id: 't1', entry: { table, access: 'write' }, columns, savedAt: 'b' },
    ]);
    expect(await db.statforms.get(statformKey('school-004', '2027-01-01'))).toEqual({
      key: 'school-004|2027-01-01',
      value: { lines: 1 },
      savedAt: 'd',
    });
    expect(await db.campaigns.get('school-004')).toEqual({
      orgId: 'school-004',
      list: campaigns,
      savedAt: 'f',
    });
    // The readers see what the old version saved.
    expect(await loadTableEntry('t1')).toEqual({ table, access: 'write' });
    expect(await loadTableColumns('t1')).toEqual(columns);
    expect((await loadPendingDraft('school-004', '2027-01-01'))?.value).toEqual(draft);
    // And what they write next keeps the other half of a table's row.
    await saveTableColumns('t1', []);
    expect(await loadTableEntry('t1')).toEqual({ table, access: 'write' });
    await deleteDb(db);
  });
});
