// Presence in the member grid, both ways: the cell this tab focuses or edits goes out
// through Presence (row id + column id only), and the cells other tabs are on get a
// coloured border (`pg-peer pg-peer-c<N>`, `pg-peer-editing` while they edit) and their
// names in the cell's tooltip. Column definitions are wrapped, not rewritten, and a change
// of presence refreshes only the cells whose marks changed — never the whole grid.
import type {
  CellClassParams,
  CellFocusedEvent,
  ColDef,
  GridApi,
  ITooltipParams,
  IRowNode,
} from 'ag-grid-community';
import './peer-cells.css';
import type { Presence } from './presence.ts';
import { PEER_COLOURS, cellKey, cellMarks, changedCells } from './presence-state.ts';
import type { Peer } from './presence-state.ts';

export class GridPresence<Row extends { id: string }> {
  readonly #presence: Presence;
  #marks = new Map<string, Peer[]>();
  #api: GridApi<Row> | null = null;
  #stop: () => void = () => {};
  readonly #stopPeers: () => void;
  readonly #editingLabel: () => string;

  /** `editingLabel`: the word appended to the name of a peer who is editing the cell. */
  constructor(presence: Presence, editingLabel: () => string) {
    this.#presence = presence;
    this.#editingLabel = editingLabel;
    this.#stopPeers = presence.onPeers((peers) => this.#show(peers));
  }

  /** The peers on a cell (for tests and the tooltip). */
  peersAt(rowId: string, colId: string): readonly Peer[] {
    return this.#marks.get(cellKey(rowId, colId)) ?? [];
  }

  /** Adds the presence class rules and tooltip to each column (the others are kept). */
  decorate(defs: ColDef<Row>[]): ColDef<Row>[] {
    return defs.map((def) => {
      const colId = def.colId ?? (typeof def.field === 'string' ? def.field : undefined);
      if (!colId) return def;
      const own = def.tooltipValueGetter;
      const ownClass = def.cellClass;
      return {
        ...def,
        // One class function, not a rule per class: every rule runs on every rendered
        // cell and a false one still touches its class list (~10 per cell at first paint).
        cellClass: (p: CellClassParams<Row>) => {
          const base = typeof ownClass === 'function' ? ownClass(p) : ownClass;
          const peers = p.data ? this.#classes(p.data.id, colId) : [];
          if (peers.length === 0) return base;
          return [...(typeof base === 'string' ? [base] : (base ?? [])), ...peers];
        },
        tooltipValueGetter: (p: ITooltipParams<Row>) => {
          const names = p.data ? this.#names(p.data.id, colId) : '';
          const base: unknown = own?.(p);
          const parts = [typeof base === 'string' ? base : '', names].filter((s) => s !== '');
          return parts.length > 0 ? parts.join(' · ') : null;
        },
      };
    });
  }

  bind(api: GridApi<Row>): void {
    this.#api = api;
    const focused = (e: CellFocusedEvent<Row>) => this.#focus(e.rowIndex, e.column, false);
    const started = () => this.#editing(true);
    const stopped = () => this.#editing(false);
    api.addEventListener('cellFocused', focused);
    api.addEventListener('cellEditingStarted', started);
    api.addEventListener('cellEditingStopped', stopped);
    this.#stop = () => {
      if (api.isDestroyed()) return;
      api.removeEventListener('cellFocused', focused);
      api.removeEventListener('cellEditingStarted', started);
      api.removeEventListener('cellEditingStopped', stopped);
    };
  }

  destroy(): void {
    this.#stopPeers();
    this.#stop();
    this.#presence.setCell(null);
    this.#api = null;
  }

  /** The classes of a cell other tabs are on: `pg-peer`, the first peer's colour, editing. */
  #classes(rowId: string, colId: string): string[] {
    if (this.#marks.size === 0) return [];
    const peers = this.peersAt(rowId, colId);
    const first = peers[0];
    if (!first) return [];
    const classes = ['pg-peer'];
    const colour = PEER_COLOURS.indexOf(first.user.colour as (typeof PEER_COLOURS)[number]);
    if (colour >= 0) classes.push(`pg-peer-c${colour}`);
    if (peers.some((x) => x.cell?.editing)) classes.push('pg-peer-editing');
    return classes;
  }

  #names(rowId: string, colId: string): string {
    return this.peersAt(rowId, colId)
      .map((p) => (p.cell?.editing ? `${p.user.name} (${this.#editingLabel()})` : p.user.name))
      .join(', ');
  }

  #focus(rowIndex: number | null, column: CellFocusedEvent['column'], editing: boolean): void {
    const api = this.#api;
    const colId = typeof column === 'string' ? column : (column?.getColId() ?? null);
    const rowId = rowIndex === null || !api ? undefined : api.getDisplayedRowAtIndex(rowIndex)?.id;
    this.#presence.setCell(rowId && colId ? { rowId, colId, editing } : null);
  }

  #editing(editing: boolean): void {
    const cell = this.#presence.cell;
    if (cell) this.#presence.setCell({ ...cell, editing });
  }

  #show(peers: readonly Peer[]): void {
    const next = cellMarks(peers);
    const changed = changedCells(this.#marks, next);
    this.#marks = next;
    const api = this.#api;
    if (!api || api.isDestroyed() || changed.length === 0) return;
    const rowNodes: IRowNode<Row>[] = [];
    for (const { rowId } of changed) {
      const node = api.getRowNode(rowId);
      if (node) rowNodes.push(node);
    }
    const columns = [...new Set(changed.map((c) => c.colId))];
    if (rowNodes.length > 0) api.refreshCells({ rowNodes, columns, force: true });
  }
}
