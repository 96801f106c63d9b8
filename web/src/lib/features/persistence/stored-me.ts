// The last signed-in user read straight from IndexedDB, without Dexie: the session knows
// who works here before the database code has loaded (an offline reload works as that
// user at once). Never creates or upgrades the database: one that is not there stays
// absent. The row is the `meta` table's 'me' row that saveMe writes; validated on read.
import { parseMe } from '@profgrid/core';
import type { Me } from '@profgrid/core';
import { DEFAULT_DB_NAME } from './db-name.ts';

/** Whether the database exists, without creating it. */
export async function dbExists(name: string): Promise<boolean> {
  const idb = globalThis.indexedDB;
  if (!idb) return false;
  if (typeof idb.databases === 'function') {
    return (await idb.databases()).some((d) => d.name === name);
  }
  const db = await openExisting(name);
  db?.close();
  return db !== null;
}

/** Opens the database at its current version; null (creating nothing) when there is none. */
function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const request = globalThis.indexedDB.open(name);
    // A version change on open means there was no database: abort it, so none is made.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onsuccess = () => resolve(request.result);
  });
}

/** The stored user, or null (no database, no row, or a row that does not parse). */
export async function readStoredMe(name = DEFAULT_DB_NAME): Promise<Me | null> {
  if (!(await dbExists(name))) return null;
  const db = await openExisting(name);
  if (!db) return null;
  try {
    if (!db.objectStoreNames.contains('meta')) return null;
    const row = await new Promise<unknown>((resolve, reject) => {
      const get = db.transaction('meta', 'readonly').objectStore('meta').get('me');
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error ?? new Error('meta read failed'));
    });
    return parseMe((row as { me?: unknown } | undefined)?.me);
  } finally {
    db.close();
  }
}
