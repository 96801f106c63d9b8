// The Y.UndoManager of this tab: over OrgDoc.trackedTypes, tracking ONLY the OrgDoc's local
// origin, so a collaborator's edit (origin = the sync channel) or a stored update (origin =
// persistence) is never undone, and the stacks keep working after remote edits arrive (Yjs
// rebases the undo items). captureTimeout 0: each transaction (one cell edit, one paste,
// one fill, one delete) is one step. A schema migration runs with the same local origin
// but writes meta.schemaVersion: it is never captured, so Ctrl+Z cannot undo a migration.
import * as Y from 'yjs';
import { ROOT } from '@profgrid/core';
import type { OrgDoc } from '@profgrid/core';

export function createUndoManager(doc: OrgDoc): Y.UndoManager {
  const meta = doc.ydoc.getMap(ROOT.meta);
  return new Y.UndoManager(doc.trackedTypes, {
    trackedOrigins: new Set([doc.origin]),
    captureTimeout: 0,
    captureTransaction: (tr) => !(tr.changed as Map<unknown, unknown>).has(meta),
  });
}
