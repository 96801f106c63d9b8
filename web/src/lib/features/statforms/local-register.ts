// The organization's document as this browser stores it, for the form page offline: read
// from IndexedDB into a throw-away Y.Doc and snapshotted (nothing is subscribed or
// written). And, for a chair opening their own form online, making sure that copy exists:
// a chair who opened only the form page still finds the register here when offline.
import * as Y from 'yjs';
import { OrgDoc, orgDocName } from '@profgrid/core';
import type { OrgSnapshot } from '@profgrid/core';
import { DocPersistence, getDb } from '../persistence/index.ts';
import { getProvider } from '../sync/index.ts';

async function storedRows(orgId: string): Promise<number> {
  return getDb()
    .updates.where('docName')
    .equals(orgDocName(orgId))
    .count()
    .catch(() => 0);
}

/** The stored document of the organization; null when this browser holds none. */
export async function localSnapshot(orgId: string): Promise<OrgSnapshot | null> {
  if ((await storedRows(orgId)) === 0) return null;
  const ydoc = new Y.Doc();
  const persistence = new DocPersistence(getDb(), orgDocName(orgId), ydoc);
  try {
    await persistence.whenLoaded;
    return new OrgDoc(ydoc).snapshot();
  } catch {
    return null;
  } finally {
    persistence.destroy();
    ydoc.destroy();
  }
}

/**
 * When no copy of the document is stored here, subscribes it until the relay has sent its
 * state or `signal` aborts (the page is left), and waits until what arrived is written to
 * IndexedDB. Resolves whether a copy is stored here now.
 */
export async function keepLocalCopy(orgId: string, signal: AbortSignal): Promise<boolean> {
  if ((await storedRows(orgId)) > 0) return true;
  if (signal.aborted) return false;
  const docName = orgDocName(orgId);
  const ydoc = new Y.Doc();
  const persistence = new DocPersistence(getDb(), docName, ydoc);
  try {
    await persistence.whenLoaded;
    if (signal.aborted) return false;
    const channel = getProvider().subscribe(docName, ydoc);
    // Open elsewhere in this tab: that session stores it; do not take its channel away.
    if (channel.ydoc !== ydoc) return false;
    const synced = await new Promise<boolean>((resolve) => {
      channel.whenSynced(() => resolve(true));
      channel.whenDenied(() => resolve(false));
      signal.addEventListener('abort', () => resolve(false), { once: true });
    });
    getProvider().unsubscribe(docName);
    await persistence.flush();
    return synced;
  } finally {
    persistence.destroy();
    ydoc.destroy();
  }
}
