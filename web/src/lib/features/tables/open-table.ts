// Opening a committee table (`table:<id>`), offline-first and fast like a member list:
//  1. the rows and columns cached as JSON (row cache, `table-columns:<id>`) are read at
//     once — from the root layout's load on (table-prefetch.ts) — so a large table renders
//     read-only before Yjs has loaded;
//  2. `load()` applies the Y.Doc's stored updates from IndexedDB (no network needed), then
//     subscribes it through the tab's provider;
//  3. while open, the caches are rewritten a little after changes.
// The table has the layout of an organization document, so it is edited through an
// OrgDoc (cells, history, undo) and shown to the others through presence.
import * as Y from 'yjs';
import { OrgDoc } from '@profgrid/core';
import type { HistoryActor, MemberRecord } from '@profgrid/core';
import { tableColumns, tableDocName } from '@profgrid/core/tables';
import type { TableColumn } from '@profgrid/core/tables';
import { DocPersistence, getDb } from '../persistence/index.ts';
import { Presence } from '../presence/plain.ts';
import { RowCacheWriter } from '../org-session/index.ts';
import { getProvider } from '../sync/index.ts';
import type { DocChannel } from '../sync/index.ts';
import { saveTableColumns } from './table-entry-cache.ts';
import { takeCachedTable } from './table-prefetch.ts';

export interface CachedTable {
  readonly rows: MemberRecord[];
  readonly columns: TableColumn[];
}

export interface TableSession {
  readonly tableId: string;
  readonly doc: OrgDoc;
  readonly presence: Presence | null;
  /** Rows and columns cached by an earlier session, for a first render; null when none. */
  readonly cached: CachedTable | null;
  readonly isLoaded: () => boolean;
  /** Resolves once the stored state is in the Y.Doc (does not start loading). */
  readonly whenLoaded: Promise<void>;
  /** Starts loading the Y.Doc (idempotent) and resolves when it is loaded. */
  load(): Promise<void>;
  whenSynced(fn: () => void): void;
  whenDenied(fn: (code: string) => void): void;
  close(): void;
}

export async function openTable(tableId: string, user?: HistoryActor): Promise<TableSession> {
  const db = getDb();
  const docName = tableDocName(tableId);
  performance.mark('pg:table-open');
  const [rows, columns] = await takeCachedTable(tableId);
  const cached =
    rows && rows.length > 0 && columns && columns.length > 0 ? { rows, columns } : null;
  const ydoc = new Y.Doc();
  const doc = new OrgDoc(ydoc, user ? { history: { actor: user, now: () => Date.now() } } : {});
  const presence = user ? new Presence(user) : null;
  let persistence: DocPersistence | null = null;
  let writer: RowCacheWriter | null = null;
  let unobserveColumns: () => void = () => {};
  let channel: DocChannel | null = null;
  let loaded = false;
  let closed = false;
  let resolveLoaded!: () => void;
  const whenLoaded = new Promise<void>((r) => (resolveLoaded = r));
  const synced: (() => void)[] = [];
  const denied: ((code: string) => void)[] = [];

  const load = (): Promise<void> => {
    if (persistence || closed) return whenLoaded;
    persistence = new DocPersistence(db, docName, ydoc);
    void persistence.whenLoaded.then(() => {
      if (closed) return;
      performance.mark('pg:table-loaded');
      loaded = true;
      writer = new RowCacheWriter(db, docName, doc, cached === null);
      const saveColumns = () => void saveTableColumns(tableId, tableColumns(ydoc));
      saveColumns();
      unobserveColumns = doc.columns.observe(saveColumns);
      const subscribed = getProvider().subscribe(docName, ydoc);
      channel = subscribed;
      presence?.attach(subscribed.awareness);
      for (const fn of synced.splice(0)) subscribed.whenSynced(fn);
      for (const fn of denied.splice(0)) subscribed.whenDenied((d) => fn(d.code));
      resolveLoaded();
    });
    return whenLoaded;
  };

  return {
    tableId,
    doc,
    presence,
    cached,
    isLoaded: () => loaded,
    whenLoaded,
    load,
    whenSynced(fn) {
      if (channel) channel.whenSynced(fn);
      else synced.push(fn);
    },
    whenDenied(fn) {
      if (channel) channel.whenDenied((d) => fn(d.code));
      else denied.push(fn);
    },
    close() {
      if (closed) return;
      closed = true;
      presence?.detach();
      unobserveColumns();
      if (channel) getProvider().unsubscribe(docName);
      const p = persistence;
      void Promise.all([p?.flush(), writer?.close()]).then(() => {
        p?.destroy();
        ydoc.destroy();
      });
    },
  };
}
