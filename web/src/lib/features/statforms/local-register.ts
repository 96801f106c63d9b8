// The organization's document as this browser stores it, for the form page offline: read
// from IndexedDB into a throw-away Y.Doc and snapshotted (nothing is subscribed or
// written). And, for a chair opening their own form online, making sure that copy exists:
// a chair who opened only the form page still finds the register here when offline.
import * as Y from 'yjs';
import { OrgDoc, orgDocName } from '@profgrid/core';
import type { OrgSnapshot } from '@profgrid/core';
import { DocPersistence, getDb } from '../persistence/index.ts';
import { openDoc } from '../org-session/index.ts';

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
 * When no copy of the document is stored here, subscribes it until the relay has sent
 * its state (written to IndexedDB as it arrives) or `signal` aborts (the page is left),
 * then lets it go.
 */
export async function keepLocalCopy(orgId: string, signal: AbortSignal): Promise<void> {
  if ((await storedRows(orgId)) > 0 || signal.aborted) return;
  const session = openDoc(orgDocName(orgId));
  const channel = await session.whenLoaded;
  if (channel) {
    await new Promise<void>((resolve) => {
      channel.whenSynced(resolve);
      channel.whenDenied(() => resolve());
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }
  session.close();
}
