// Undo / redo of this tab's own edits as UI state: canUndo / canRedo for the toolbar
// buttons, kept in step with the Y.UndoManager of undo-scope.ts (which holds the rules).
import type * as Y from 'yjs';
import type { OrgDoc } from '@profgrid/core';
import { createUndoManager } from './undo-scope.ts';

const BY_DOC = new WeakMap<OrgDoc, UndoHistory>();

export class UndoHistory {
  /**
   * The one history of a document in this tab: it outlives the grid, so switching to the
   * passport tab and back keeps what can be undone (Y.UndoManager ends with the doc).
   */
  static of(doc: OrgDoc): UndoHistory {
    let history = BY_DOC.get(doc);
    if (!history) {
      history = new UndoHistory(doc);
      BY_DOC.set(doc, history);
    }
    return history;
  }

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
