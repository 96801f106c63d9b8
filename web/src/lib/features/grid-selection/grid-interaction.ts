// Spreadsheet behaviour on top of ag-grid-community (whose clipboard, range selection
// and fill handle are enterprise-only): a rectangular selection (Shift+arrows, mouse drag,
// Shift+click), Ctrl+C / Ctrl+V as TSV + HTML, Ctrl+D fill down, Delete, Ctrl+Z / Ctrl+Y.
// AG Grid keeps plain navigation, type-to-edit, F2 and Esc. Keys are taken in the capture
// phase on the grid's host, so AG Grid never sees the ones handled here. Each paste, fill
// and delete is one OrgDoc transaction (one undo step); viewers may only copy.
import {
  applyPastePlan,
  htmlTableFlavour,
  isHeaderRow,
  planPaste,
  serializeTsv,
} from '@profgrid/core';
import type { FieldEdit, Locale, MemberField, MemberRecord, OrgDoc } from '@profgrid/core';
import type {
  CellFocusedEvent,
  CellMouseDownEvent,
  CellMouseOverEvent,
  GridApi,
} from 'ag-grid-community';
import { clearEdits, copyBlock, fillDownEdits } from './block-ops.ts';
import type { GridView } from './block-ops.ts';
import { copyCell, pasteCell } from './cell-text.ts';
import { pasteBlock, pastedSelection } from './paste-block.ts';
import {
  arrowDelta,
  cellCount,
  collapsed,
  contains,
  extend,
  extendTo,
  rectOf,
} from './selection.ts';
import type { Rect, Selection } from './selection.ts';
import type { UndoHistory } from './undo-history.svelte.ts';

export interface InteractionHost {
  readonly doc: OrgDoc;
  readonly undo: UndoHistory;
  /** False until Yjs has loaded (rows from the cache): writes wait for it. */
  isLive(): boolean;
  /**
   * Before Yjs has loaded: edits of a Delete or Ctrl+D, computed from the cached rows when
   * the key was pressed, to show at once and write once it has. Without it such a key
   * does nothing until then.
   */
  queueEdits?(edits: readonly FieldEdit[]): void;
  /** Before Yjs has loaded: runs `fn` once it has (a paste waits for it). */
  whenLive?(fn: () => void): void;
  isEditable(): boolean;
  locale(): Locale;
  today(): string;
  newId(): string;
  /** A pasted block that starts with a header row: true when the host took it as a sheet. */
  pasteSheet?(block: readonly (readonly string[])[]): boolean;
}

export class GridInteraction {
  readonly #api: GridApi<MemberRecord>;
  readonly #el: HTMLElement;
  readonly #host: InteractionHost;
  #sel: Selection | null = null;
  #columns: MemberField[] = [];
  #colIndex = new Map<string, number>();
  #dragging = false;
  /** A Shift+click is under way: AG Grid's focus event must not collapse the selection. */
  #shiftClick = false;
  readonly #off: (() => void)[] = [];

  constructor(api: GridApi<MemberRecord>, el: HTMLElement, host: InteractionHost) {
    this.#api = api;
    this.#el = el;
    this.#host = host;
    this.#readColumns();
    const on = <K extends keyof DocumentEventMap>(
      target: Document | HTMLElement,
      type: K,
      fn: (e: DocumentEventMap[K]) => void,
      capture = false,
    ) => {
      target.addEventListener(type, fn as EventListener, capture);
      this.#off.push(() => target.removeEventListener(type, fn as EventListener, capture));
    };
    on(el, 'keydown', (e) => this.#onKey(e), true);
    on(document, 'copy', (e) => this.#onCopy(e));
    on(document, 'paste', (e) => this.#onPaste(e));
    // Capture phase: seen before AG Grid focuses the clicked cell.
    on(el, 'mousedown', (e) => this.#onNativeMouseDown(e), true);
    on(document, 'mouseup', () => (this.#dragging = false), true);
    api.addEventListener('displayedColumnsChanged', () => this.#readColumns());
    api.addEventListener('cellFocused', (e) => this.#onFocused(e));
    api.addEventListener('cellMouseDown', (e) => this.#onMouseDown(e));
    api.addEventListener('cellMouseOver', (e) => this.#onMouseOver(e));
  }

  /** For cellClassRules: is this cell inside a selection of more than one cell? */
  isSelected(rowIndex: number | null, colId: string): boolean {
    if (!this.#sel || rowIndex === null) return false;
    const rect = rectOf(this.#sel);
    if (cellCount(rect) < 2) return false;
    const col = this.#colIndex.get(colId);
    return col !== undefined && contains(rect, rowIndex, col);
  }

  get selection(): Rect | null {
    return this.#sel ? rectOf(this.#sel) : null;
  }

  destroy(): void {
    for (const off of this.#off.splice(0)) off();
  }

  #readColumns(): void {
    this.#columns = this.#api.getAllDisplayedColumns().map((c) => c.getColId() as MemberField);
    this.#colIndex = new Map(this.#columns.map((f, i) => [f, i]));
  }

  #view(): GridView {
    return {
      rowIdAt: (i) => this.#api.getDisplayedRowAtIndex(i)?.data?.id,
      columns: this.#columns,
      valueOf: (id, field) => this.#api.getRowNode(id)?.data?.[field] ?? '',
    };
  }

  #select(sel: Selection | null): void {
    this.#sel = sel;
    this.#api.refreshCells();
  }

  #onFocused(e: CellFocusedEvent<MemberRecord>): void {
    const colId = e.column && typeof e.column !== 'string' ? e.column.getColId() : null;
    const col = colId === null ? undefined : this.#colIndex.get(colId);
    if (e.rowIndex === null || e.rowIndex === undefined || col === undefined) return;
    if (this.#shiftClick) return;
    this.#select(collapsed({ row: e.rowIndex, col }));
  }

  #cellOf(e: { rowIndex: number | null; column: { getColId(): string } }) {
    const col = this.#colIndex.get(e.column.getColId());
    return e.rowIndex === null || col === undefined ? null : { row: e.rowIndex, col };
  }

  #onMouseDown(e: CellMouseDownEvent<MemberRecord>): void {
    const cell = this.#cellOf(e);
    const mouse = e.event as MouseEvent | null | undefined;
    if (!cell || (mouse && mouse.button !== 0)) return;
    this.#dragging = true;
    if (!this.#shiftClick) this.#select(collapsed(cell));
  }

  /** Shift+click extends the selection to the clicked cell (read from the DOM). */
  #onNativeMouseDown(e: MouseEvent): void {
    this.#shiftClick = e.shiftKey && e.button === 0 && this.#sel !== null;
    if (!this.#shiftClick || !(e.target instanceof Element)) return;
    const cellEl = e.target.closest('.ag-cell');
    const row = Number(cellEl?.closest('.ag-row')?.getAttribute('row-index') ?? NaN);
    const col = this.#colIndex.get(cellEl?.getAttribute('col-id') ?? '');
    if (this.#sel && Number.isInteger(row) && col !== undefined) {
      this.#select(extendTo(this.#sel, { row, col }));
    }
  }

  #onMouseOver(e: CellMouseOverEvent<MemberRecord>): void {
    const mouse = e.event as MouseEvent | null | undefined;
    // A drag needs the button still down (a scroll under a resting pointer is no drag).
    if (!this.#dragging || !this.#sel || !mouse || (mouse.buttons & 1) === 0) return;
    const cell = this.#cellOf(e);
    if (cell && (cell.row !== this.#sel.focus.row || cell.col !== this.#sel.focus.col)) {
      this.#select(extendTo(this.#sel, cell));
    }
  }

  #editing(): boolean {
    return this.#api.getEditingCells().length > 0;
  }

  #onKey(e: KeyboardEvent): void {
    // A focus move by keyboard collapses the selection again (AG Grid may focus a
    // Shift+clicked cell as late as its click event, so the flag lives until a key).
    this.#shiftClick = false;
    // Only keys on a (non-editing) cell: not the floating filter inputs in the header.
    if (this.#editing() || !(e.target instanceof Element) || !e.target.closest('.ag-cell')) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const code = e.code;
    let handled = true;
    if (ctrl && (code === 'KeyZ' || key === 'z') && !e.shiftKey)
      this.#write(() => this.#host.undo.undo());
    else if (
      ctrl &&
      (code === 'KeyY' || key === 'y' || ((code === 'KeyZ' || key === 'z') && e.shiftKey))
    )
      this.#write(() => this.#host.undo.redo());
    else if (ctrl && (code === 'KeyD' || key === 'd')) this.#apply(fillDownEdits);
    else if (key === 'Delete' && !ctrl) this.#apply(clearEdits);
    else if (e.shiftKey && !ctrl && arrowDelta(key) && this.#sel) {
      const [dr, dc] = arrowDelta(key)!;
      const rows = this.#api.getDisplayedRowCount();
      this.#select(extend(this.#sel, dr, dc, rows, this.#columns.length));
      this.#api.ensureIndexVisible(this.#sel!.focus.row);
      const field = this.#columns[this.#sel!.focus.col];
      if (field) this.#api.ensureColumnVisible(field);
    } else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  /** Runs a write only for editors, once Yjs is live. */
  #write(fn: () => void): void {
    if (this.#host.isEditable() && this.#host.isLive()) fn();
  }

  /**
   * Edits of the selection as it is now, for editors: written at once when Yjs is live,
   * else shown on the cached rows and written once it is (a key pressed right at opening
   * is not lost).
   */
  #apply(edits: (rect: Rect, view: GridView) => FieldEdit[]): void {
    const rect = this.selection;
    if (!rect || !this.#host.isEditable()) return;
    const list = edits(rect, this.#view());
    if (list.length === 0) return;
    if (this.#host.isLive()) this.#host.doc.setMemberFields(list);
    else this.#host.queueEdits?.(list);
  }

  #ours(): boolean {
    const active = document.activeElement;
    const onCell = !!active && this.#el.contains(active) && active.closest('.ag-cell') !== null;
    return onCell && !this.#editing() && this.#sel !== null;
  }

  #onCopy(e: ClipboardEvent): void {
    const rect = this.selection;
    if (!this.#ours() || !rect || !e.clipboardData) return;
    const locale = this.#host.locale();
    const doc = this.#host.doc;
    const block = copyBlock(rect, this.#view(), (f, v) => copyCell(doc, locale, f, v));
    e.clipboardData.setData('text/plain', serializeTsv(block));
    const html = htmlTableFlavour(block);
    if (html !== null) e.clipboardData.setData('text/html', html);
    e.preventDefault();
  }

  #onPaste(e: ClipboardEvent): void {
    if (!this.#ours() || !e.clipboardData) return;
    e.preventDefault();
    const text = e.clipboardData?.getData('text/plain') ?? '';
    const rect = this.selection;
    if (!this.#host.isEditable()) return;
    if (this.#host.isLive()) this.pasteText(text);
    // At the selection of the moment of the paste, once Yjs has loaded.
    else this.#host.whenLive?.(() => this.pasteText(text, rect));
  }

  /** Pastes TSV at the selection's top-left cell; a single value fills the selection. */
  pasteText(text: string, at: Rect | null = this.selection): void {
    const rect = at;
    if (!rect) return;
    const block = pasteBlock(text, rect);
    if (block.length === 0) return;
    if (block.length > 1 && isHeaderRow(block[0]!, this.#host.doc.columns.list())) {
      if (this.#host.pasteSheet?.(block)) return;
    }
    const today = this.#host.today();
    const plan = planPaste(block, {
      joinedOn: today,
      row: rect.top,
      col: rect.left,
      rowIdAt: this.#view().rowIdAt,
      columns: this.#columns,
      parse: (field, text) => pasteCell(this.#host.doc, field, text),
      newId: () => this.#host.newId(),
    });
    applyPastePlan(this.#host.doc, plan, (m) => ({
      id: this.#host.newId(),
      date: m.fields.joinedDate || today,
      author: '',
      recordedAt: new Date().toISOString(),
    }));
    const rows = this.#api.getDisplayedRowCount();
    this.#select(pastedSelection(rect, block, rows, this.#columns.length));
  }
}
