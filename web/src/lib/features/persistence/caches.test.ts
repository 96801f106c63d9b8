// The org list cache and pending counts survive a new Dexie instance (a reload).
import { describe, expect, it } from 'vitest';
import { loadOrgList, loadPending, openDb, saveOrgList, savePending } from './index.ts';

describe('org list cache and sync metadata', () => {
  it('returns null before anything is cached, then the saved list', async () => {
    const name = `cache-${Math.random()}`;
    const db = openDb(name);
    expect(await loadOrgList(db)).toBeNull();
    await saveOrgList(db, [
      {
        id: 'central',
        parentId: null,
        name: 'ЦС',
        shortName: 'ЦС',
        level: 'central',
        institutionType: null,
      },
    ]);
    db.close();
    expect((await loadOrgList(openDb(name)))?.[0]?.id).toBe('central');
  });

  it('persists the pending count per document and ignores junk', async () => {
    const db = openDb(`meta-${Math.random()}`);
    expect(await loadPending(db, 'org:x')).toBe(0);
    await savePending(db, 'org:x', 3);
    expect(await loadPending(db, 'org:x')).toBe(3);
    await db.syncMeta.put({ docName: 'org:y', pending: -4 });
    expect(await loadPending(db, 'org:y')).toBe(0);
  });
});

describe('row cache', () => {
  it('round-trips member rows and drops malformed entries', async () => {
    const { saveRowCache, loadRowCache } = await import('./index.ts');
    const { emptyMember } = await import('@profgrid/core');
    const db = openDb(`rows-${Math.random()}`);
    expect(await loadRowCache(db, 'org:x')).toBeNull();
    await saveRowCache(db, 'org:x', [{ ...emptyMember('a'), surname: 'Иванова' }]);
    expect((await loadRowCache(db, 'org:x'))?.[0]?.surname).toBe('Иванова');
    await db.rowCache.put({ docName: 'org:y', rows: '[{"id":"b"}]', savedAt: '' });
    expect(await loadRowCache(db, 'org:y')).toEqual([]);
  });
});
