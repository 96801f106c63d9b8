// Opening any relay document by name the offline-first way, for documents that are not an
// organization's (answer documents of data requests): its stored updates from IndexedDB
// first, then the subscription through the tab's one provider. Edits are written to
// IndexedDB as they happen and counted as pending until the relay acknowledges them.
import * as Y from 'yjs';
import { DocPersistence, getDb } from '../persistence/index.ts';
import { getProvider } from '../sync/index.ts';
import type { DocChannel } from '../sync/index.ts';

export interface DocSession {
  readonly docName: string;
  readonly ydoc: Y.Doc;
  /** Resolves when the stored state is applied and the document is subscribed. */
  readonly whenLoaded: Promise<DocChannel | null>;
  close(): void;
}

export function openDoc(docName: string): DocSession {
  const ydoc = new Y.Doc();
  const persistence = new DocPersistence(getDb(), docName, ydoc);
  let closed = false;
  let subscribed = false;
  const whenLoaded = persistence.whenLoaded.then(() => {
    if (closed) return null;
    subscribed = true;
    return getProvider().subscribe(docName, ydoc);
  });
  return {
    docName,
    ydoc,
    whenLoaded,
    close() {
      if (closed) return;
      closed = true;
      if (subscribed) getProvider().unsubscribe(docName);
      void persistence.flush().then(() => {
        persistence.destroy();
        ydoc.destroy();
      });
    },
  };
}
