// Undo / redo of this tab's own edits as UI state: canUndo / canRedo for the toolbar
// buttons, kept in step with the Y.UndoManager of undo-scope.ts (which holds the rules).
import type * as Y from 'yjs';
import type { OrgDoc } from '@profgrid/core';
import { createUndoManager } from './undo-scope.ts';

export class UndoHistory {
  canUndo = $state(false);
  canRedo = $state(false);
  readonly #manager: Y.UndoManager;

  constructor(doc: OrgDoc) {
    this.#manager = createUndoManager(doc);
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
