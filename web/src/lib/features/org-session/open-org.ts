// Opening an organization: the Y.Doc is loaded from IndexedDB first (so the page renders
// with no network), then subscribed through the tab's provider. Closing unsubscribes and
// lets the last writes reach IndexedDB before the doc is destroyed.
import * as Y from 'yjs';
import { OrgDoc, migrate, orgDocName } from '@profgrid/core';
import { DocPersistence, getDb } from '../persistence/index.ts';
import { getProvider } from '../sync/index.ts';

export interface OrgSession {
  readonly orgId: string;
  readonly doc: OrgDoc;
  close(): void;
}

export async function openOrg(orgId: string): Promise<OrgSession> {
  const docName = orgDocName(orgId);
  const ydoc = new Y.Doc();
  const persistence = new DocPersistence(getDb(), docName, ydoc);
  await persistence.whenLoaded;
  const doc = new OrgDoc(ydoc);
  const provider = getProvider();
  const channel = provider.subscribe(docName, ydoc);
  // Migrate only once the server's state is in, so a fresh replica does not write a
  // schema version ahead of the data it has not yet received.
  channel.whenSynced(() => migrate(ydoc, doc.origin));
  let closed = false;
  return {
    orgId,
    doc,
    close() {
      if (closed) return;
      closed = true;
      provider.unsubscribe(docName);
      void persistence.flush().then(() => {
        persistence.destroy();
        ydoc.destroy();
      });
    },
  };
}
