// The read of an organization's cached member rows, started by the root layout before the
// page's code (and Yjs) has loaded: IndexedDB works while the grid code is evaluated.
// openOrg takes the read once. The database code (Dexie) is loaded by the read, not with
// the app shell.
import { orgDocName } from '@profgrid/core';
import type { MemberRecord } from '@profgrid/core';

const prefetched = new Map<string, Promise<MemberRecord[] | null>>();

/**
 * Starts reading an organization's cached rows before its page component exists (called
 * from the route's load function), so IndexedDB works while the grid code is evaluated.
 */
export function prefetchOrg(orgId: string): void {
  const docName = orgDocName(orgId);
  if (!prefetched.has(docName)) {
    prefetched.set(
      docName,
      import('../persistence/index.ts')
        .then(({ getDb, loadRowCache }) => loadRowCache(getDb(), docName))
        .catch(() => null),
    );
  }
}

/** The cached rows of the organization (the prefetch started now if it was not). */
export function takePrefetchedRows(orgId: string): Promise<MemberRecord[] | null> {
  prefetchOrg(orgId);
  const docName = orgDocName(orgId);
  const rows = prefetched.get(docName)!;
  prefetched.delete(docName);
  return rows;
}
