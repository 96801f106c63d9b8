// Undo / redo of this tab's own edits: a Y.UndoManager over OrgDoc.trackedTypes that
// tracks ONLY the OrgDoc's local origin, so a collaborator's edit (origin = the sync
// channel) or a stored update (origin = persistence) is never undone, and the stacks keep
// working after remote edits arrive (Yjs rebases the undo items). captureTimeout 0: each
// transaction (one cell edit, one paste, one fill, one delete) is one step.
import * as Y from 'yjs';
import type { OrgDoc } from '@profgrid/core';

export class UndoHistory {
  canUndo = $state(false);
  canRedo = $state(false);
  readonly #manager: Y.UndoManager;

  constructor(doc: OrgDoc) {
    this.#manager = new Y.UndoManager(doc.trackedTypes, {
      // Yjs reads this Set; it is not UI state.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      trackedOrigins: new Set([doc.origin]),
      captureTimeout: 0,
    });
    const sync = () => {
      this.canUndo = this.#manager.canUndo();
      this.canRedo = this.#manager.canRedo();
    };
    this.#manager.on('stack-item-added', sync);
    this.#manager.on('stack-item-popped', sync);
    this.#manager.on('stack-cleared', sync);
  }

  undo(): void {
    this.#manager.undo();
  }

  redo(): void {
    this.#manager.redo();
  }

  destroy(): void {
    this.#manager.destroy();
  }
}
