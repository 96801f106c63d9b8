// Opening an organization, offline-first and fast for large lists:
//  1. the member rows cached as JSON (row-cache) are read at once, so a large grid can
//     render before Yjs has loaded;
//  2. `load()` applies the Y.Doc's stored updates from IndexedDB (works with no network)
//     and only then subscribes the doc through the tab's provider;
//  3. while open, the row cache is rewritten a little after member changes.
// Closing unsubscribes and lets the last writes reach IndexedDB before the doc is dropped.
import * as Y from 'yjs';
import { OrgDoc, migrate, orgDocName } from '@profgrid/core';
import type { HistoryActor, MemberRecord } from '@profgrid/core';
import { DocPersistence, getDb } from '../persistence/index.ts';
import { getProvider } from '../sync/index.ts';
import type { DocChannel } from '../sync/index.ts';
import { RowCacheWriter } from './row-cache-writer.ts';
import { takePrefetchedRows } from './prefetch-org.ts';
import { Presence } from '../presence/plain.ts';

export interface OrgSession {
  readonly orgId: string;
  readonly doc: OrgDoc;
  /** Rows cached by an earlier session, for a first render; null when there are none. */
  readonly cachedRows: MemberRecord[] | null;
  /** Resolves once the Y.Doc holds its stored state (does not start loading). */
  readonly whenLoaded: Promise<void>;
  readonly isLoaded: () => boolean;
  /** Who else is here (awareness); null without a signed-in user. */
  readonly presence: Presence | null;
  /** Starts loading the Y.Doc (idempotent) and resolves when it is loaded. */
  load(): Promise<void>;
  /** Calls `fn` once the doc is loaded and the relay's state has been applied. */
  whenSynced(fn: () => void): void;
  /** Calls `fn` if the relay refuses the document (no access, no such organization). */
  whenDenied(fn: (code: string) => void): void;
  close(): void;
}

/**
 * `user`: the signed-in user, recorded as the author in the cell history and shown to
 * the others through presence; without one nothing is recorded and nobody sees us.
 */
export async function openOrg(orgId: string, user?: HistoryActor): Promise<OrgSession> {
  const db = getDb();
  const docName = orgDocName(orgId);
  performance.mark('pg:doc-open');
  const cachedRows = await takePrefetchedRows(orgId);
  const ydoc = new Y.Doc();
  const doc = new OrgDoc(ydoc, user ? { history: { actor: user, now: () => Date.now() } } : {});
  const presence = user ? new Presence(user) : null;
  let persistence: DocPersistence | null = null;
  let writer: RowCacheWriter | null = null;
  let loaded = false;
  let closed = false;
  let resolveLoaded!: () => void;
  let channel: DocChannel | null = null;
  const syncedWaiters: (() => void)[] = [];
  const deniedWaiters: ((code: string) => void)[] = [];
  const whenLoaded = new Promise<void>((r) => (resolveLoaded = r));

  const load = (): Promise<void> => {
    if (persistence || closed) return whenLoaded;
    persistence = new DocPersistence(db, docName, ydoc);
    void persistence.whenLoaded.then(() => {
      if (closed) return;
      performance.mark('pg:doc-loaded');
      loaded = true;
      writer = new RowCacheWriter(db, docName, doc, cachedRows === null);
      const subscribed = getProvider().subscribe(docName, ydoc);
      channel = subscribed;
      presence?.attach(subscribed.awareness);
      // Migrate once the server's state is in, so a fresh replica does not write a
      // schema version ahead of data it has not yet received.
      subscribed.whenSynced(() => migrate(ydoc, doc.origin));
      for (const fn of syncedWaiters.splice(0)) subscribed.whenSynced(fn);
      for (const fn of deniedWaiters.splice(0)) subscribed.whenDenied((d) => fn(d.code));
      resolveLoaded();
    });
    return whenLoaded;
  };

  return {
    orgId,
    doc,
    cachedRows: cachedRows && cachedRows.length > 0 ? cachedRows : null,
    whenLoaded,
    isLoaded: () => loaded,
    presence,
    load,
    whenSynced(fn) {
      if (channel) channel.whenSynced(fn);
      else syncedWaiters.push(fn);
    },
    whenDenied(fn) {
      if (channel) channel.whenDenied((d) => fn(d.code));
      else deniedWaiters.push(fn);
    },
    close() {
      if (closed) return;
      closed = true;
      presence?.detach();
      if (loaded) getProvider().unsubscribe(docName);
      const p = persistence;
      void Promise.all([p?.flush(), writer?.close()]).then(() => {
        p?.destroy();
        ydoc.destroy();
      });
    },
  };
}
