// The user's own layout of a committee table, in a real (fake-indexeddb) Dexie: kept under
// the table's document name beside the member grids' views, read back, reset to null.
import { describe, expect, it } from 'vitest';
import type { GridView } from '@profgrid/core';
import { openDb } from '../persistence/index.ts';
import { TableLayoutStore } from './table-layout-store.ts';

const view: GridView = {
  version: 1,
  columns: [
    { colId: 'c:reason', hide: true, pinned: null, width: null, sort: null, sortIndex: null },
  ],
};

describe('TableLayoutStore', () => {
  it('saves, reads back and resets a table’s layout in this browser only', async () => {
    const db = openDb(`table-layout-${Math.random()}`);
    const store = new TableLayoutStore(() => db);
    expect(await store.fetch('t1')).toBeUndefined();
    expect(await store.save('t1', view)).toBe(true);
    expect(await store.fetch('t1')).toEqual(view);
    expect((await db.views.get('table:t1'))?.dirty).toBe(false);
    await store.save('t1', null);
    expect(await store.cached('t1')).toEqual({ view: null, dirty: false });
    await db.views.put({ orgId: 'table:t2', view: { version: 7 }, dirty: false, savedAt: '' });
    expect(await store.cached('t2')).toBeUndefined();
  });
});
