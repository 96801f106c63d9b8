// The browser database (Dexie over IndexedDB), one table per kind:
//   updates    append-only Yjs update log per document (compacted into one row)
//   orgs       the cached organization list, so the picker works offline
//   syncMeta   per-document count of local changes the server has not acknowledged
//   rowCache   the member rows of a document as plain JSON, derived from the Y.Doc: a
//              large grid renders from it at once, and is reconciled when Yjs has loaded
//   views      the user's saved grid view per organization (and whether the server has it)
//   dashboards the last figures of an organization's dashboard, for offline reading
//   tableEntries  a committee table's registry entry, access and columns, so it opens offline
//   statforms  a statistical form as the relay last answered it (key `<orgId>|<asOf>`)
//   statformDrafts  a form's draft saved offline, waiting to be sent (same key)
//   campaigns  an organization's list of reporting campaigns, for offline reading
//   meta       the last signed-in user (`Me`), so a chair works offline after a reload;
//              all of the data above belongs to that user (a different login wipes it)
// Rows may have been written by an older version of the app: readers validate them.
// Version 4 moved saved views and dashboards out of rowCache (rows `view:<orgId>` and
// `dashboard:<orgId>`) into their own tables; see moveKindRows. Version 5 did the same for
// committee-table entries and statistical forms (kind-rows.ts).
import Dexie from 'dexie';
import type { EntityTable, Transaction } from 'dexie';
import type { Me, Organization } from '@profgrid/core';
import { moveFormAndTableRows } from './kind-rows.ts';
import type { CampaignListRow, StatformRow, TableEntryRow } from './kind-rows.ts';
import { DEFAULT_DB_NAME } from './db-name.ts';

export { DEFAULT_DB_NAME };

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

export interface ViewRow {
  orgId: string;
  /** A GridView, or null for "reset to the default"; validated on read. */
  view: unknown;
  /** Changed here and not yet accepted by the server. */
  dirty: boolean;
  savedAt: string;
}

export interface DashboardRow {
  orgId: string;
  /** An OrgRollup and the ChildRollup list, as received; validated on read. */
  rollup: unknown;
  children: unknown;
  /** ISO timestamp when these figures were received from the server. */
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
  views: EntityTable<ViewRow, 'orgId'>;
  dashboards: EntityTable<DashboardRow, 'orgId'>;
  meta: EntityTable<MetaRow, 'key'>;
  tableEntries: EntityTable<TableEntryRow, 'id'>;
  statforms: EntityTable<StatformRow, 'key'>;
  statformDrafts: EntityTable<StatformRow, 'key'>;
  campaigns: EntityTable<CampaignListRow, 'orgId'>;
};

export function openDb(name: string = DEFAULT_DB_NAME): ProfgridDb {
  const db = new Dexie(name) as ProfgridDb;
  db.version(1).stores({
    updates: '++seq, docName',
    orgs: 'key',
    syncMeta: 'docName',
  });
  db.version(2).stores({ rowCache: 'docName' });
  db.version(3).stores({ meta: 'key' });
  db.version(4)
    .stores({ views: 'orgId', dashboards: 'orgId' })
    .upgrade((tx) => moveKindRows(tx));
  db.version(5)
    .stores({ tableEntries: 'id', statforms: 'key', statformDrafts: 'key', campaigns: 'orgId' })
    .upgrade((tx) => moveFormAndTableRows(tx));
  return db;
}

/** The JSON a version-3 rowCache row held, or null when it does not parse. */
function rowJson(row: RowCacheRow): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(row.rows);
    return typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * Version 3 → 4: saved views and dashboards leave rowCache for their own tables, each as it
 * was (values are still validated on read). A row whose JSON does not parse was unreadable
 * before and is dropped.
 */
async function moveKindRows(tx: Transaction): Promise<void> {
  const rowCache = tx.table<RowCacheRow, string>('rowCache');
  const views: ViewRow[] = [];
  const dashboards: DashboardRow[] = [];
  const moved: string[] = [];
  await rowCache.each((row) => {
    const viewOf = row.docName.startsWith('view:') ? row.docName.slice(5) : null;
    const dashOf = row.docName.startsWith('dashboard:') ? row.docName.slice(10) : null;
    if (viewOf === null && dashOf === null) return;
    moved.push(row.docName);
    const json = typeof row.rows === 'string' ? rowJson(row) : null;
    if (json === null) return;
    const savedAt = typeof row.savedAt === 'string' ? row.savedAt : '';
    if (viewOf !== null) {
      views.push({ orgId: viewOf, view: json['view'], dirty: json['dirty'] === true, savedAt });
    } else if (dashOf !== null) {
      dashboards.push({
        orgId: dashOf,
        rollup: json['rollup'],
        children: json['children'],
        savedAt,
      });
    }
  });
  await tx.table<ViewRow, string>('views').bulkPut(views);
  await tx.table<DashboardRow, string>('dashboards').bulkPut(dashboards);
  await rowCache.bulkDelete(moved);
}

let shared: ProfgridDb | null = null;

/**
 * The one database of this tab. After deleteDb() it is the deleted instance, closed for good:
 * a writer that comes late (a save timer, a write-behind, a store opened after first paint)
 * fails instead of re-creating the database, until the full page load that follows a wipe.
 */
export function getDb(): ProfgridDb {
  if (!shared) {
    shared = openDb();
    leaveWhenDeletedElsewhere(shared);
  }
  return shared;
}

/**
 * Another tab's logout (or another user's sign-in) deletes the database: this tab closes it
 * for good, so its next write cannot re-create it, and goes to the login page (its own page
 * loaded again would open the database before learning that the session is gone).
 */
function leaveWhenDeletedElsewhere(db: ProfgridDb): void {
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    if (event.newVersion !== null) return; // an upgrade by a newer version: Dexie's own way
    db.close({ disableAutoOpen: true });
    if (typeof window !== 'undefined') window.location.replace('/login');
  });
}

/** Whether this tab has opened (and so possibly created) the database. */
export function hasOpenedDb(): boolean {
  return shared !== null;
}

/**
 * Deletes the whole database (every document, cache and the last user). Resolves once it is
 * gone (Dexie waits while another connection blocks the deletion). The instance stays
 * closed afterwards and, when it is this tab's, stays this tab's (see getDb).
 */
export async function deleteDb(db: ProfgridDb = getDb()): Promise<void> {
  await db.delete({ disableAutoOpen: true });
}
