// Wiping this browser of the signed-in user's data (logout on a shared computer, or a
// different user signing in): the socket is closed, every IndexedDB database goes
// (documents, row caches, org list, sync metadata, last user), Cache Storage loses every
// cache but the app shell's and every /api response, and localStorage and sessionStorage
// lose every key but the harmless ones listed in stored-keys.ts. The app shell stays cached
// so the login page still loads offline. In-memory documents are dropped by the full page
// load that follows (see leaveTo); until then this tab's database stays closed, so a late
// writer (a save timer, a write-behind) cannot re-create it (persistence getDb).
import { stopProvider } from '../sync/plain.ts';
import { wipeStoredData } from './wipe-storage.ts';

export { clearApiCaches } from './wipe-storage.ts';

export async function wipeLocalData(): Promise<void> {
  stopProvider();
  await wipeStoredData();
}

/** A full page load: nothing of this tab's memory (docs, lists) survives it. */
export function leaveTo(path: string): void {
  window.location.replace(path);
}
