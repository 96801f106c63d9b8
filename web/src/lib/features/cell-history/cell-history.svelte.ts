// The history panel's state: which cell it shows (the grid's focused cell while the
// panel is open), that cell's entries and current value, kept live as the document
// changes (local or remote). Restore is a normal OrgDoc.setMemberField: undoable, and
// recorded in the history like any edit.
import type { CellHistoryEntry, CellKey, OrgDoc } from '@profgrid/core';
import { historyRows } from './history-rows.ts';
import type { HistoryRow } from './history-rows.ts';

export interface HistoryTarget {
  readonly memberId: string;
  /** A built-in field or a custom column's `c:<id>`. */
  readonly field: CellKey;
}

export class CellHistoryState {
  open = $state(false);
  target = $state.raw<HistoryTarget | null>(null);
  rows = $state.raw<HistoryRow[]>([]);
  readonly #doc: OrgDoc;
  #stop: () => void = () => {};

  constructor(doc: OrgDoc) {
    this.#doc = doc;
  }

  /** Opens the panel on a cell (or keeps it open and moves it there). */
  show(target: HistoryTarget | null): void {
    this.target = target;
    if (!this.open) {
      this.open = true;
      const stopHistory = this.#doc.observeHistory(() => this.#read());
      const stopMembers = this.#doc.observeMembers(() => this.#read());
      this.#stop = () => {
        stopHistory();
        stopMembers();
      };
    }
    this.#read();
  }

  /** Follows the grid's focus while open. */
  follow(target: HistoryTarget | null): void {
    if (this.open && target) this.show(target);
  }

  close(): void {
    this.open = false;
    this.#stop();
    this.#stop = () => {};
  }

  restore(value: string): void {
    const t = this.target;
    if (t) this.#doc.setMemberField(t.memberId, t.field, value);
  }

  /** The entries shown (for tests). */
  entries(): CellHistoryEntry[] {
    const t = this.target;
    return t ? this.#doc.cellHistory(t.memberId, t.field) : [];
  }

  #read(): void {
    const t = this.target;
    const current = t ? (this.#doc.member(t.memberId)?.[t.field] ?? '') : '';
    this.rows = t ? historyRows(this.entries(), current) : [];
  }
}
