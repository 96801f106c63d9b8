// The posts of one organization's bodies as runes, kept current from the document.
import type { OrgDoc } from '@profgrid/core';
import { Positions } from '@profgrid/core/positions';
import type { PositionRecord } from '@profgrid/core/positions';

export class PositionsState {
  list = $state.raw<PositionRecord[]>([]);
  readonly positions: Positions;
  readonly #stop: () => void;

  constructor(doc: OrgDoc) {
    this.positions = new Positions(doc.ydoc, doc.origin);
    this.list = this.positions.list();
    this.#stop = this.positions.observe(() => (this.list = this.positions.list()));
  }

  destroy(): void {
    this.#stop();
  }
}
