// Reading a committee table's cached rows and columns before its page exists: the root
// layout's load starts it for `/table/<id>`, so IndexedDB works while the page's code (AG
// Grid) is fetched and evaluated — what the member list does with its row cache. openTable
// takes the read once; a second visit, or a read left untaken for a while, reads afresh.
// The database code (Dexie) is loaded by the read, not with the app shell.
import type { MemberRecord } from '@profgrid/core';
import { tableDocName } from '@profgrid/core/tables';
import type { TableColumn } from '@profgrid/core/tables';

export type CachedRead = readonly [MemberRecord[] | null, TableColumn[] | null];

/** A prefetched read older than this is not used (the page may have been left meanwhile). */
const FRESH_MS = 10_000;
const prefetched = new Map<string, { read: Promise<CachedRead>; at: number }>();

async function read(tableId: string): Promise<CachedRead> {
  const [{ getDb, loadRowCache }, { loadTableColumns }] = await Promise.all([
    import('../persistence/index.ts'),
    import('./table-entry-cache.ts'),
  ]);
  return Promise.all([
    loadRowCache(getDb(), tableDocName(tableId)).catch(() => null),
    loadTableColumns(tableId),
  ]);
}

export function prefetchTable(tableId: string): void {
  const old = prefetched.get(tableId);
  if (old && performance.now() - old.at < FRESH_MS) return;
  prefetched.set(tableId, { read: read(tableId), at: performance.now() });
}

/** The read started by prefetchTable when fresh, else a new one; taken once. */
export function takeCachedTable(tableId: string): Promise<CachedRead> {
  const early = prefetched.get(tableId);
  prefetched.delete(tableId);
  return early && performance.now() - early.at < FRESH_MS ? early.read : read(tableId);
}
