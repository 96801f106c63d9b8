// The storage half of the wipe (wipe.ts): every IndexedDB database, Cache Storage but the
// app shell (and every /api response in it), and localStorage and sessionStorage but the
// harmless keys listed in stored-keys.ts. Apart from the socket's code, so it runs in tests.
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

/**
 * Deletes every database this origin still lists (the app's own is gone by then, unless its
 * code failed to load). Each deletion is awaited to its end: a blocked one completes once the
 * connection holding it closes (Dexie closes on `versionchange`), so it is not taken as done —
 * but a logout does not wait more than BLOCKED_WAIT_MS for a connection that never closes
 * (the deletion still happens when it does).
 */
const BLOCKED_WAIT_MS = 5_000;

async function deleteOtherDatabases(): Promise<void> {
  const idb = globalThis.indexedDB;
  if (!idb || typeof idb.databases !== 'function') return;
  for (const { name } of await idb.databases()) {
    if (!name) continue;
    await new Promise<void>((done, fail) => {
      const request = idb.deleteDatabase(name);
      request.onsuccess = () => done();
      request.onerror = () => fail(request.error ?? new Error(`could not delete ${name}`));
      request.onblocked = () => setTimeout(done, BLOCKED_WAIT_MS);
    });
  }
}

function wipeWebStorage(): void {
  if (typeof localStorage !== 'undefined') wipeStorage(localStorage);
  if (typeof sessionStorage !== 'undefined') wipeStorage(sessionStorage, () => false);
}

/** Everything of the wipe but closing the socket (wipe.ts). */
export async function wipeStoredData(): Promise<void> {
  try {
    wipeWebStorage();
  } catch (error) {
    console.error('profgrid: storage wipe failed', error);
  }
  // The database code (Dexie) is loaded for the wipe when nothing in this tab opened it.
  await import('../persistence/index.ts')
    .then(({ deleteDb }) => deleteDb())
    .catch((error: unknown) => console.error('profgrid: wipe failed', error));
  await deleteOtherDatabases().catch((error: unknown) =>
    console.error('profgrid: wipe failed', error),
  );
  await clearApiCaches().catch(() => {});
}
