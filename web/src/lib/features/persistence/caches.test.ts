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

describe('last user and wipe', () => {
  it('stores the last Me, reads it without Dexie, rejects junk, and deletes everything without re-creating', async () => {
    const { saveMe, readStoredMe, deleteDb } = await import('./index.ts');
    const Dexie = (await import('dexie')).default;
    const name = `me-${Math.random()}`;
    expect(await readStoredMe(name)).toBeNull();
    expect(await Dexie.exists(name)).toBe(false);
    const db = openDb(name);
    const me = {
      id: 'u1',
      login: 'demo',
      displayName: 'Д',
      roles: [{ orgId: 'a', role: 'editor' as const }],
    };
    await saveMe(db, me);
    await savePending(db, 'org:a', 2);
    expect(await readStoredMe(name)).toEqual(me);
    // A row an older or foreign writer left that is not a user: none.
    await db.meta.put({ key: 'me', me: { id: 42 } as never, savedAt: '' });
    expect(await readStoredMe(name)).toBeNull();
    await deleteDb(db);
    expect(await Dexie.exists(name)).toBe(false);
    await expect(db.syncMeta.get('org:a')).rejects.toThrow();
    expect(await Dexie.exists(name)).toBe(false);
  });
});
