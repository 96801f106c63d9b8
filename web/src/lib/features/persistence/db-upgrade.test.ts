// A browser that ran version 3 kept saved views and dashboards as prefixed rows of the
// member-row cache; opening version 4 moves them into their tables and loses nothing.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { EMPTY_SUMMARY, emptyMember, toOrgRollup } from '@profgrid/core';
import { loadDashboard } from '../dashboard/dashboard-cache.ts';
import { ViewSync } from '../views/view-sync.ts';
import { ApiClient } from '../api/index.ts';
import { loadRowCache, openDb } from './index.ts';

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
