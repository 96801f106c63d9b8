// Wiping this browser of the signed-in user's data (logout on a shared computer, or a
// different user signing in): the socket is closed, every IndexedDB database goes
// (documents, row caches, org list, sync metadata, last user), Cache Storage loses every
// cache but the app shell's and every /api response, and localStorage and sessionStorage
// lose every key but the harmless ones listed in stored-keys.ts. The app shell stays cached
// so the login page still loads offline. In-memory documents are dropped by the full page
// load that follows (see leaveTo).
import { stopProvider } from '../sync/plain.ts';
import { SHELL_CACHE_PREFIX, wipeStorage } from './stored-keys.ts';

export async function clearApiCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  for (const key of await caches.keys()) {
    if (!key.startsWith(SHELL_CACHE_PREFIX)) {
      await caches.delete(key);
      continue;
    }
    const cache = await caches.open(key);
    for (const request of await cache.keys()) {
      if (new URL(request.url).pathname.startsWith('/api/')) await cache.delete(request);
    }
  }
}

/** Deletes databases other than the app's own (which deleteDb closes and deletes). */
async function deleteOtherDatabases(): Promise<void> {
  const idb = globalThis.indexedDB;
  if (!idb || typeof idb.databases !== 'function') return;
  for (const { name } of await idb.databases()) {
    if (!name) continue;
    await new Promise<void>((done) => {
      const request = idb.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = () => done();
    });
  }
}

function wipeWebStorage(): void {
  if (typeof localStorage !== 'undefined') wipeStorage(localStorage);
  if (typeof sessionStorage !== 'undefined') wipeStorage(sessionStorage, () => false);
}

export async function wipeLocalData(): Promise<void> {
  stopProvider();
  try {
    wipeWebStorage();
  } catch (error) {
    console.error('profgrid: storage wipe failed', error);
  }
  // The database code (Dexie) is loaded for the wipe when nothing in this tab opened it.
  await import('../persistence/index.ts')
    .then(({ deleteDb }) => deleteDb())
    .catch((error: unknown) => console.error('profgrid: wipe failed', error));
  await deleteOtherDatabases().catch(() => {});
  await clearApiCaches().catch(() => {});
}

/** A full page load: nothing of this tab's memory (docs, lists) survives it. */
export function leaveTo(path: string): void {
  window.location.replace(path);
}
