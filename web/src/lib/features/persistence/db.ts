// The browser database (Dexie over IndexedDB). Three tables:
//   updates   append-only Yjs update log per document (compacted into one row)
//   orgs      the cached organization list, so the picker works offline
//   syncMeta  per-document count of local changes the server has not acknowledged
//   rowCache  the member rows of a document as plain JSON, derived from the Y.Doc: a
//             large grid renders from it at once, and is reconciled when Yjs has loaded
//   meta      the last signed-in user (`Me`), so a chair works offline after a reload;
//             all of the data above belongs to that user (a different login wipes it)
// Rows may have been written by an older version of the app: readers validate them.
import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { Me, Organization } from '@profgrid/core';

export interface UpdateRow {
  seq?: number;
  docName: string;
  update: Uint8Array;
}

export interface OrgListRow {
  key: 'orgs';
  orgs: Organization[];
  fetchedAt: string;
}

export interface SyncMetaRow {
  docName: string;
  pending: number;
}

export interface RowCacheRow {
  docName: string;
  /** JSON of MemberRecord[]: a view cache so a large grid renders before Yjs loads. */
  rows: string;
  savedAt: string;
}

export interface MetaRow {
  key: 'me';
  me: Me;
  savedAt: string;
}

export type ProfgridDb = Dexie & {
  updates: EntityTable<UpdateRow, 'seq'>;
  orgs: EntityTable<OrgListRow, 'key'>;
  syncMeta: EntityTable<SyncMetaRow, 'docName'>;
  rowCache: EntityTable<RowCacheRow, 'docName'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DEFAULT_DB_NAME = 'profgrid';

export function openDb(name: string = DEFAULT_DB_NAME): ProfgridDb {
  const db = new Dexie(name) as ProfgridDb;
  db.version(1).stores({
    updates: '++seq, docName',
    orgs: 'key',
    syncMeta: 'docName',
  });
  db.version(2).stores({ rowCache: 'docName' });
  db.version(3).stores({ meta: 'key' });
  return db;
}

let shared: ProfgridDb | null = null;

/** The one database of this tab. */
export function getDb(): ProfgridDb {
  shared ??= openDb();
  return shared;
}

/** Whether this tab has opened (and so possibly created) the database. */
export function hasOpenedDb(): boolean {
  return shared !== null;
}

/**
 * Deletes the whole database (every document, cache and the last user) and keeps it from
 * being re-created by a late writer in this tab: the instance stays closed afterwards.
 */
export async function deleteDb(db: ProfgridDb = getDb()): Promise<void> {
  await db.delete({ disableAutoOpen: true });
  // Later getDb() calls start a new, empty database; holders of the old one fail.
  if (db === shared) shared = null;
}
