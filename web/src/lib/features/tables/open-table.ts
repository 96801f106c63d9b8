// Opening a committee table (`table:<id>`), offline-first like an organization: the Y.Doc
// is loaded from IndexedDB (no network needed), then subscribed through the tab's
// provider. The table has the layout of an organization document, so it is edited
// through an OrgDoc (cells, history, undo) and shown to the others through presence.
import * as Y from 'yjs';
import { OrgDoc } from '@profgrid/core';
import type { HistoryActor } from '@profgrid/core';
import { tableDocName } from '@profgrid/core/tables';
import { DocPersistence, getDb } from '../persistence/index.ts';
import { Presence } from '../presence/presence.ts';
import { getProvider } from '../sync/index.ts';
import type { DocChannel } from '../sync/index.ts';

export interface TableSession {
  readonly tableId: string;
  readonly doc: OrgDoc;
  readonly presence: Presence | null;
  /** Resolves once the stored state is in the Y.Doc (then the relay's follows). */
  readonly whenLoaded: Promise<void>;
  whenSynced(fn: () => void): void;
  whenDenied(fn: (code: string) => void): void;
  close(): void;
}

export function openTable(tableId: string, user?: HistoryActor): TableSession {
  const docName = tableDocName(tableId);
  performance.mark('pg:table-open');
  const ydoc = new Y.Doc();
  const doc = new OrgDoc(ydoc, user ? { history: { actor: user, now: () => Date.now() } } : {});
  const presence = user ? new Presence(user) : null;
  const persistence = new DocPersistence(getDb(), docName, ydoc);
  let channel: DocChannel | null = null;
  let closed = false;
  const synced: (() => void)[] = [];
  const denied: ((code: string) => void)[] = [];
  const whenLoaded = persistence.whenLoaded.then(() => {
    if (closed) return;
    performance.mark('pg:table-loaded');
    const subscribed = getProvider().subscribe(docName, ydoc);
    channel = subscribed;
    presence?.attach(subscribed.awareness);
    for (const fn of synced.splice(0)) subscribed.whenSynced(fn);
    for (const fn of denied.splice(0)) subscribed.whenDenied((d) => fn(d.code));
  });
  return {
    tableId,
    doc,
    presence,
    whenLoaded,
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
      if (channel) getProvider().unsubscribe(docName);
      void persistence.flush().then(() => {
        persistence.destroy();
        ydoc.destroy();
      });
    },
  };
}
