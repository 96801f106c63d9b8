// The member grid controller: creates the AG Grid over an OrgDoc, keeps rows in step
// with Yjs (one `rowData` at start, then row transactions for exactly the changed ids)
// and marks `pg:grid-ready` when the org's rows first render. Plain TS, no Svelte state
// per row: the grid owns the row objects.
import { createGrid } from 'ag-grid-community';
import { registerGridModules } from './grid-modules.ts';
import type { ColDef, GridApi, GridOptions } from 'ag-grid-community';
import type { CellKey, FieldEdit, Locale, MemberRecord, OrgDoc } from '@profgrid/core';
import { memberColumnDefs } from './columns.ts';
import { customColumnDefs } from '../custom-columns/plain.ts';
import { recordColumnDefs } from '../lifecycle/plain.ts';
import { translate } from '../../i18n/format.ts';
import type { ColumnContext } from '../cells/index.ts';
import { allRows, reconcileRows, rowChanges } from './rows.ts';
import { gridText, renewFilters, rowMatches, searchWords } from '../cells/index.ts';
import { GridInteraction, UndoHistory } from '../grid-selection/index.ts';
import { GridPresence } from '../presence/plain.ts';
import type { Presence } from '../presence/plain.ts';

export interface MemberGridCallbacks {
  onSelection(id: string | null): void;
  /** All members, those on the register, and the rows shown after search and filters. */
  onCounts(total: number, active: number, shown: number): void;
}

/** What the grid needs of an org session (see features/org-session). */
export interface MemberSource {
  readonly doc: OrgDoc;
  readonly cachedRows: MemberRecord[] | null;
  readonly isLoaded: () => boolean;
  load(): Promise<void>;
  /** Calls `fn` once the relay's state of the doc has been applied. */
  whenSynced(fn: () => void): void;
  /** Other tabs in this organization: their cells are marked, ours is sent. */
  readonly presence?: Presence | null;
}

/** The header row's height, `--ag-header-height` in member-grid.svelte. */
const HEADER_ROW_PX = 34;
/** The grid element's class while the filter row is still to come (member-grid.svelte). */
const FILTER_ROW_PENDING = 'pg-filter-row-pending';

/** Rows rendered beyond the viewport, above and below. */
const ROW_BUFFER = 5;

/** An empty doc may just not be synced yet: wait this long for rows before marking ready. */
const EMPTY_READY_TIMEOUT_MS = 3000;

export class MemberGrid {
  readonly api: GridApi<MemberRecord>;
  /**
   * A whole sheet pasted with its header row goes through the import (import-export sets
   * this); returns false to paste it cell by cell instead.
   */
  pasteSheet: ((block: readonly (readonly string[])[]) => boolean) | null = null;
  readonly #el: HTMLElement;
  readonly #source: MemberSource;
  readonly #cb: MemberGridCallbacks;
  #unobserve: () => void = () => {};
  #editable = true;
  #issuedCards: ReadonlyMap<string, string> = new Map();
  #ctx: ColumnContext;
  #live = false;
  /**
   * Edits made on cached rows before Yjs has loaded, each batch (a cell edit, a Delete of
   * a block) applied through OrgDoc on load as one transaction.
   */
  #queued: (readonly FieldEdit[])[] = [];
  /** What waits for Yjs to be loaded (a paste made on cached rows). */
  #whenLive: (() => void)[] = [];
  #unobserveColumns: () => void = () => {};
  #marked = false;
  /** Whether the header's filter row is built (at once, or right after the first rows). */
  #filterRow = true;
  #destroyed = false;
  /** Members shown when a form's warning opened the grid; null = everyone. */
  #only: ReadonlySet<string> | null = null;
  /** This tab's undo / redo stacks (toolbar buttons read canUndo / canRedo). */
  readonly undo: UndoHistory;
  #interaction: GridInteraction | null = null;
  readonly #presence: GridPresence<MemberRecord> | null;

  constructor(
    el: HTMLElement,
    source: MemberSource,
    locale: Locale,
    today: string,
    cb: MemberGridCallbacks,
    editable = true,
  ) {
    registerGridModules();
    this.#el = el;
    this.#source = source;
    this.#cb = cb;
    const { doc } = source;
    this.#ctx = {
      locale,
      today,
      onEdit: (id, field, value) => this.#edit(id, field, value),
      editable: () => this.#editable,
      isSelected: (row, colId) => this.#interaction?.isSelected(row, colId) ?? false,
      issuedCard: (id) => this.#issuedCards.get(id),
    };
    this.#editable = editable;
    this.#presence = source.presence
      ? new GridPresence(source.presence, () => translate(this.#ctx.locale, 'presence.editing'))
      : null;
    const live = source.isLoaded();
    // Before Yjs has loaded, the rows cached as JSON render at once (read-only).
    const rows = live ? allRows(doc) : (source.cachedRows ?? []);
    performance.mark('pg:rows-built');
    this.#filterRow = live || rows.length === 0;
    if (!this.#filterRow) el.classList.add(FILTER_ROW_PENDING);
    const options: GridOptions<MemberRecord> = {
      // The static Quartz theme (member-grid.svelte sets its variables): generating the
      // theme at creation time cost ~70 ms of every cold open.
      theme: 'legacy',
      rowData: rows,
      columnDefs: this.#columnDefs(),
      // Custom columns come and go: keep the user's order of the others when they do.
      maintainColumnOrder: true,
      // With cached rows the filter row is built right after the first rows are painted:
      // its components were a large part of the header's construction on the way there.
      defaultColDef: defaultColDef(this.#filterRow),
      // Until then the header is as tall as both of its rows, so the rows do not move when
      // the filter row comes (its labels stay in the upper half: member-grid.svelte).
      ...(this.#filterRow ? {} : { headerHeight: 2 * HEADER_ROW_PX }),
      // Only some members (setOnly: a statistical form's warning), beside any search.
      isExternalFilterPresent: () => this.#only !== null,
      doesExternalFilterPass: (node) => this.#only?.has(node.data?.id ?? '') ?? true,
      quickFilterParser: searchWords,
      quickFilterMatcher: rowMatches,
      cacheQuickFilter: true,
      getRowId: (p) => p.data.id,
      rowSelection: { mode: 'singleRow', checkboxes: false, enableClickSelection: true },
      enableBrowserTooltips: true,
      stopEditingWhenCellsLoseFocus: true,
      // Enter moves down, before and after an edit, as in Excel (F2 or typing edits).
      enterNavigatesVertically: true,
      enterNavigatesVerticallyAfterEdit: true,
      animateRows: false,
      // Rows rendered beyond the viewport (default 10). Every rendered row costs ~15 cells
      // of DOM; 5 still covers a wheel step of scrolling. The first paint draws only the
      // rows in view: the buffer comes with the filter row.
      rowBuffer: this.#filterRow ? ROW_BUFFER : 0,
      // Ours: Y.UndoManager (AG Grid's stack is cleared by every programmatic row update).
      undoRedoCellEditing: false,
      overlayNoRowsTemplate: noRowsHtml(locale),
      suppressDragLeaveHidesColumns: true,
      onFirstDataRendered: () => this.#markReady(),
      onSelectionChanged: (e) => cb.onSelection(e.api.getSelectedRows()[0]?.id ?? null),
      onRowDataUpdated: () => cb.onCounts(...this.#counts()),
      onModelUpdated: () => cb.onCounts(...this.#counts()),
      getLocaleText: (p) => gridText(this.#ctx.locale, p.key, p.defaultValue, p.variableValues),
    };
    this.api = createGrid(el, options);
    this.#presence?.bind(this.api);
    this.undo = UndoHistory.of(doc);
    this.#interaction = new GridInteraction(this.api, el, {
      doc,
      undo: this.undo,
      isLive: () => this.#live,
      isEditable: () => this.#editable,
      queueEdits: (edits) => this.#queue(edits),
      whenLive: (fn) => {
        this.#whenLive.push(fn);
        void this.#source.load();
      },
      locale: () => this.#ctx.locale,
      today: () => this.#ctx.today,
      newId: () => crypto.randomUUID(),
      pasteSheet: (block) => this.pasteSheet?.(block) ?? false,
    });
    performance.mark('pg:grid-created');
    cb.onCounts(...this.#counts());
    if (live) this.#goLive();
    if (rows.length === 0) {
      // Nothing stored locally (first visit): ready when the relay's rows arrive.
      source.whenSynced(() => this.#markReady());
      setTimeout(() => this.#markReady(), EMPTY_READY_TIMEOUT_MS);
    }
  }

  #markReady(): void {
    if (this.#marked) return;
    this.#marked = true;
    performance.mark('pg:grid-ready');
    if (!this.#filterRow) {
      setTimeout(() => {
        if (this.#destroyed) return;
        this.#filterRow = true;
        this.api.updateGridOptions({
          defaultColDef: defaultColDef(true),
          headerHeight: undefined,
          rowBuffer: ROW_BUFFER,
        });
        this.#el.classList.remove(FILTER_ROW_PENDING);
      }, 0);
    }
    // Only now load Yjs, so applying a large update does not delay the first render.
    if (!this.#live) {
      setTimeout(() => void this.#source.load().then(() => this.#goLive()), 0);
    }
  }

  /** Built-in columns, then the org's custom columns (none until Yjs has loaded). */
  /** Built-in and custom columns, with other people's cells marked (presence). */
  #columnDefs(): ColDef<MemberRecord>[] {
    const custom = this.#live ? this.#source.doc.columns.list() : [];
    const defs = [
      ...memberColumnDefs(this.#ctx),
      ...recordColumnDefs(this.#ctx.locale),
      ...customColumnDefs(custom, this.#ctx),
    ];
    return this.#presence?.decorate(defs) ?? defs;
  }

  #refreshColumns(): void {
    this.api.setGridOption('columnDefs', this.#columnDefs());
    this.api.refreshCells({ force: true });
  }

  #edit(id: string, field: CellKey, value: string): void {
    if (this.#live) {
      this.#source.doc.setMemberField(id, field, value);
      return;
    }
    this.#queue([{ id, field, value }]);
  }

  /** Yjs is still loading (rows from the cache): shows the edits now, applies them on load. */
  #queue(edits: readonly FieldEdit[]): void {
    this.#queued.push(edits);
    const changed = new Map<string, MemberRecord>();
    for (const { id, field, value } of edits) {
      const row = changed.get(id) ?? this.api.getRowNode(id)?.data;
      if (row) changed.set(id, { ...row, [field]: value });
    }
    // In place, as a live edit of our own is: the focused cell keeps its row.
    for (const [id, row] of changed) this.api.getRowNode(id)?.setData(row);
  }

  /** Reconciles the shown rows with the loaded doc, then follows it change by change. */
  #goLive(): void {
    if (this.#live || this.#destroyed) return;
    const { doc } = this.#source;
    for (const edits of this.#queued.splice(0)) doc.setMemberFields(edits);
    const shown: MemberRecord[] = [];
    this.api.forEachNode((n) => void (n.data && shown.push(n.data)));
    const tx = reconcileRows(shown, allRows(doc));
    if (tx.add.length + tx.update.length + tx.remove.length > 0) this.api.applyTransaction(tx);
    this.#live = true;
    if (doc.columns.list().length > 0) this.#refreshColumns();
    this.#unobserveColumns = doc.columns.observe(() => this.#refreshColumns());
    this.#unobserve = doc.observeMembers((change) => {
      const tx = rowChanges(doc, change.ids, (id) => this.api.getRowNode(id) !== undefined);
      if (change.local) {
        // Our own edit: update rows in place, so the row being edited does not jump to
        // its new sorted position under the user's keyboard (Tab would land elsewhere).
        for (const row of tx.update) this.api.getRowNode(row.id)?.setData(row);
        if (tx.add.length > 0 || tx.remove.length > 0) {
          this.api.applyTransaction({ add: tx.add, remove: tx.remove });
        } else this.#cb.onCounts(...this.#counts());
      } else {
        this.api.applyTransaction(tx);
      }
      if (tx.add.length > 0) this.#markReady();
    });
    // The rows are Yjs's now (tests wait on this before checking a write reached the doc).
    this.#el.dataset['live'] = 'true';
    for (const fn of this.#whenLive.splice(0)) fn();
  }

  #counts(): [number, number, number] {
    let total = 0;
    let active = 0;
    this.api.forEachNode((node) => {
      total++;
      if (node.data?.status === 'active') active++;
    });
    return [total, active, this.api.getDisplayedRowCount()];
  }

  /**
   * Viewer (false) or editor (true). Columns ask on each edit, so a role that becomes known
   * after the grid was created costs no rebuild of the columns.
   */
  setEditable(editable: boolean): void {
    if (editable === this.#editable) return;
    this.#editable = editable;
    if (!editable) this.api.stopEditing(true);
  }

  /** Issued card numbers by member id: shown read-only in «№ билета». */
  setIssuedCards(numbers: ReadonlyMap<string, string>): void {
    const same =
      numbers.size === this.#issuedCards.size &&
      [...numbers].every(([id, n]) => this.#issuedCards.get(id) === n);
    this.#issuedCards = numbers;
    if (same) return;
    this.api.refreshCells({ columns: ['cardNumber'], force: true });
  }

  setLocale(locale: Locale): void {
    if (locale === this.#ctx.locale) return;
    this.#ctx = { ...this.#ctx, locale };
    this.api.setGridOption('columnDefs', this.#columnDefs());
    this.api.setGridOption('overlayNoRowsTemplate', noRowsHtml(locale));
    this.api.refreshCells({ force: true });
    this.api.resetQuickFilter();
    renewFilters(this.api);
  }

  /** Shows only these members (null: everyone). */
  setOnly(ids: ReadonlySet<string> | null): void {
    this.#only = ids;
    this.api.onFilterChanged();
  }

  /** Quick search over all columns (Russian, ё = е); '' shows every row. */
  setSearch(text: string): void {
    this.api.setGridOption('quickFilterText', text);
  }

  /** Adds an empty member (OrgDoc.addMember) and starts editing its surname. */
  addMember(id: string, eventId: string, author: string): void {
    if (!this.#live) {
      void this.#source.load().then(() => this.addMember(id, eventId, author));
      return;
    }
    const today = this.#ctx.today;
    this.#source.doc.addMember(
      id,
      { joinedDate: today },
      { id: eventId, date: today, author, recordedAt: new Date().toISOString() },
    );
    const node = this.api.getRowNode(id);
    if (!node || node.rowIndex === null) return;
    this.api.ensureNodeVisible(node, 'middle');
    node.setSelected(true);
    this.api.setFocusedCell(node.rowIndex, 'surname');
    this.api.startEditingCell({ rowIndex: node.rowIndex, colKey: 'surname' });
  }

  selectedId(): string | null {
    return this.api.getSelectedRows()[0]?.id ?? null;
  }

  destroy(): void {
    this.#destroyed = true;
    this.#unobserve();
    this.#unobserveColumns();
    this.#interaction?.destroy();
    this.#presence?.destroy();
    this.api.destroy();
  }
}

function defaultColDef(filterRow: boolean): ColDef<MemberRecord> {
  return { resizable: true, sortable: true, floatingFilter: filterRow };
}

function noRowsHtml(locale: Locale): string {
  return `<span class="pg-no-rows">${translate(locale, 'members.none')}</span>`;
}
