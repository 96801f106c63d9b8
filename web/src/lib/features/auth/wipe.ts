// Wiping this browser of the signed-in user's data (logout on a shared computer, or a
// different user signing in): the socket is closed, the whole IndexedDB database goes
// (documents, row caches, org list, sync metadata, last user) and Cache Storage loses every
// /api response; the app shell stays cached so the login page still loads offline.
// In-memory documents are dropped by the full page load that follows (see leaveTo).
import { deleteDb } from '../persistence/index.ts';
import { stopProvider } from '../sync/index.ts';

export async function clearApiCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  for (const key of await caches.keys()) {
    const cache = await caches.open(key);
    for (const request of await cache.keys()) {
      if (new URL(request.url).pathname.startsWith('/api/')) await cache.delete(request);
    }
  }
}

export async function wipeLocalData(): Promise<void> {
  stopProvider();
  await deleteDb().catch((error: unknown) => console.error('profgrid: wipe failed', error));
  await clearApiCaches().catch(() => {});
}

/** A full page load: nothing of this tab's memory (docs, lists) survives it. */
export function leaveTo(path: string): void {
  window.location.replace(path);
}
