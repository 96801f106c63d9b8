// The wipe leaves no database behind, whatever else in the tab still holds or wants one: a
// writer that comes after it (a save timer, a write-behind) and connections that block the
// deletion for a while.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DB_NAME, getDb, saveOrgList } from '../persistence/index.ts';
import { wipeStoredData } from './wipe-storage.ts';

const names = async () => (await indexedDB.databases()).map((d) => d.name);

/** A raw connection (as stored-me.ts opens) that closes `afterMs` after a version change. */
function holdOpen(name: string, afterMs: number): Promise<{ closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
    request.onsuccess = () => {
      const db = request.result;
      const closed = new Promise<void>((done) => {
        db.onversionchange = () =>
          setTimeout(() => {
            db.close();
            done();
          }, afterMs);
      });
      resolve({ closed });
    };
  });
}

const orgs = [
  {
    id: 'school-004',
    parentId: null,
    name: 'Школа № 4',
    shortName: 'Школа № 4',
    level: 'primary' as const,
    institutionType: null,
  },
];

describe('the wipe of stored data', () => {
  it('deletes every database even while connections block it, and a late writer cannot re-create one', async () => {
    await saveOrgList(getDb(), orgs);
    const own = await holdOpen(DEFAULT_DB_NAME, 50);
    const other = await holdOpen('some-other-db', 50);
    expect(await names()).toEqual(expect.arrayContaining([DEFAULT_DB_NAME, 'some-other-db']));

    await wipeStoredData();
    // Both blocking connections had to close before the wipe finished.
    await Promise.all([own.closed, other.closed]);
    expect(await names()).toEqual([]);

    // A save that was waiting (the org list's timer) runs after the wipe: it fails, and the
    // database stays gone until the page load that follows.
    await expect(saveOrgList(getDb(), orgs)).rejects.toThrow();
    expect(await names()).toEqual([]);
  });
});
