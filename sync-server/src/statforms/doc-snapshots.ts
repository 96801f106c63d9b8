// An organization's document as a plain snapshot, read from the document store (every
// update is stored before it is acknowledged, so the store is never behind what a chair
// was told is saved). Statistical forms are computed from it on the relay: a committee
// never needs a subordinate's member list.
import * as Y from 'yjs';
import { OrgDoc, orgDocName } from '@profgrid/core';
import type { OrgSnapshot } from '@profgrid/core';
import type { DocStore } from '../store/doc-store.ts';

export type SnapshotSource = (orgId: string) => Promise<OrgSnapshot | null>;

export function storeSnapshots(store: DocStore): SnapshotSource {
  return async (orgId) => {
    const stored = await store.load(orgDocName(orgId));
    if (stored.lastSeq === 0 && !stored.snapshot) return null;
    const doc = new Y.Doc();
    try {
      for (const u of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) {
        try {
          Y.applyUpdate(doc, u);
        } catch {
          // an unreadable row is reported by the relay when it loads the document
        }
      }
      return new OrgDoc(doc).snapshot();
    } finally {
      doc.destroy();
    }
  };
}
