// The committee table's grid controller: the member grid's AG Grid setup over a table
// document (columns are the table's own, rows its rows), with the same spreadsheet
// behaviour (grid-selection: selection, paste, fill, delete, undo), presence and cell
// history. An organization link is chosen by search (org-link-dialog), not typed; a
// deadline past and not met is marked overdue (core isOverdue).
import { createGrid } from 'ag-grid-community';
import type { ColDef, GridApi, GridOptions } from 'ag-grid-community';
import { customKey, customValue } from '@profgrid/core';
import type { CellKey, CustomColumn, Locale, MemberRecord, OrgDoc } from '@profgrid/core';
import { isOverdue, tableColumns } from '@profgrid/core/tables';
import type { TableColumn, TableRow } from '@profgrid/core/tables';
import { customColumnDefs } from '../custom-columns/index.ts';
import { gridText, renewFilters, rowMatches, searchWords } from '../cells/index.ts';
import type { ColumnContext } from '../cells/index.ts';
import { GridInteraction, UndoHistory } from '../grid-selection/index.ts';
import { GridPresence } from '../presence/plain.ts';
import type { Presence } from '../presence/plain.ts';
import {
  reconcileRows,
  registerGridModules as registerTableGridModules,
  rowChanges,
} from '../members/plain.ts';
import { translate } from '../../i18n/format.ts';
import type { OrgLink } from './org-link-resolve.ts';
import { orgLinkCell } from './org-link-cell.ts';
import { HEADER_ROW_HEIGHT, canvasMeasure, fitWidth, headerHeight, linesAt } from './column-fit.ts';
import type { Measure } from './column-fit.ts';

/** The organization-link cell of a row: the shown name and the linked id. */
const linkKeys = (columnId: string) => [customKey(columnId), customKey(`${columnId}@id`)] as const;

export interface TableSource {
  readonly doc: OrgDoc;
  readonly presence?: Presence | null;
  /** Rows and columns of an earlier session: shown read-only until Yjs has loaded. */
  readonly cached: { readonly rows: MemberRecord[]; readonly columns: TableColumn[] } | null;
  readonly isLoaded: () => boolean;
  load(): Promise<void>;
}

export interface TableGridCallbacks {
  /** Rows in the table and rows shown after search and filters. */
  onCounts(total: number, shown: number): void;
  /** Any cell changed (local or remote): summaries recount. */
  onChange(): void;
  /** The first rows are painted (work that can wait for them starts here). */
  onFirstRows?(): void;
  /** The organization a typed or pasted org-link text names (org-link-resolve.ts). */
  resolveOrg?(text: string): Promise<OrgLink | null>;
}

/** A grid row as a core table row (values by column id). */
export function tableRowOf(row: MemberRecord): TableRow {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith('c:') && typeof value === 'string') values[key.slice(2)] = value;
  }
  return { id: row.id, values };
}

/** Rows rendered above and below the viewport once the first rows are painted. */
const ROW_BUFFER = 5;

function defaultColDef(filterRow: boolean): ColDef<MemberRecord> {
  return { resizable: true, sortable: true, floatingFilter: filterRow };
}

export class TableGrid {
  readonly api: GridApi<MemberRecord>;
  readonly undo: UndoHistory;
  readonly #doc: OrgDoc;
  readonly #cb: TableGridCallbacks;
  readonly #presence: GridPresence<MemberRecord> | null;
  readonly #interaction: GridInteraction;
  readonly #off: (() => void)[] = [];
  #ctx: ColumnContext;
  #editable: boolean;
  #columns: TableColumn[] = [];
  #live = false;
  #destroyed = false;
  /** rowId|columnId → the org-link cell as last seen (name, id): tells typed text from a pick. */
  readonly #links = new Map<string, readonly [string, string]>();
  readonly #el: HTMLElement;
  #measure: Measure | null = null;
  /** The header's fixed height: the most lines a column title takes (column-fit.ts). */
  #headerHeight = HEADER_ROW_HEIGHT;

  constructor(
    el: HTMLElement,
    source: TableSource,
    locale: Locale,
    today: string,
    cb: TableGridCallbacks,
    editable: boolean,
  ) {
    registerTableGridModules();
    this.#el = el;
    this.#doc = source.doc;
    this.#cb = cb;
    this.#editable = editable;
    this.#ctx = {
      locale,
      today,
      onEdit: (id, field, value) => void this.#doc.setMemberField(id, field, value),
      editable: () => this.#editable && this.#live,
      isSelected: (row, colId) => this.#interaction?.isSelected(row, colId) ?? false,
    };
    this.#presence = source.presence
      ? new GridPresence(source.presence, () => translate(this.#ctx.locale, 'presence.editing'))
      : null;
    const live = source.isLoaded() || !source.cached;
    // Before Yjs has loaded, the rows and columns cached as JSON render at once (read-only).
    this.#columns = live ? tableColumns(this.#doc.ydoc) : source.cached!.columns;
    const rows = live ? this.#doc.members() : source.cached!.rows;
    performance.mark('pg:table-rows');
    const columnDefs = this.#columnDefs();
    performance.mark('pg:table-defs');
    const options: GridOptions<MemberRecord> = {
      theme: 'legacy',
      rowData: rows,
      columnDefs,
      headerHeight: this.#headerHeight,
      floatingFiltersHeight: HEADER_ROW_HEIGHT,
      maintainColumnOrder: true,
      // The filter row is built once the table is live: with 31 columns its components
      // were a third of the header's construction, on the way to the first rows.
      defaultColDef: defaultColDef(live),
      quickFilterParser: searchWords,
      quickFilterMatcher: rowMatches,
      cacheQuickFilter: true,
      getRowId: (p) => p.data.id,
      rowSelection: { mode: 'singleRow', checkboxes: false, enableClickSelection: true },
      enableBrowserTooltips: true,
      stopEditingWhenCellsLoseFocus: true,
      enterNavigatesVertically: true,
      enterNavigatesVerticallyAfterEdit: true,
      animateRows: false,
      // Rows rendered beyond the viewport: none at the first paint from the cache (each row
      // is ~15 cells of DOM in view), ROW_BUFFER right after it.
      rowBuffer: live ? ROW_BUFFER : 0,
      undoRedoCellEditing: false,
      suppressDragLeaveHidesColumns: true,
      onFirstDataRendered: () => {
        performance.mark('pg:table-ready');
        cb.onFirstRows?.();
        if (this.#live) return;
        setTimeout(() => {
          if (!this.#destroyed) this.api.setGridOption('rowBuffer', ROW_BUFFER);
        }, 0);
        // Only now load Yjs, so applying a large document does not delay the first paint.
        setTimeout(() => void source.load().then(() => this.#goLive(true)), 0);
      },
      onRowDataUpdated: () => cb.onCounts(...this.#counts()),
      onModelUpdated: () => cb.onCounts(...this.#counts()),
      getLocaleText: (p) => gridText(this.#ctx.locale, p.key, p.defaultValue, p.variableValues),
    };
    this.api = createGrid(el, options);
    performance.mark('pg:table-grid-created');
    this.#presence?.bind(this.api);
    this.undo = UndoHistory.of(this.#doc);
    this.#interaction = new GridInteraction(this.api, el, {
      doc: this.#doc,
      undo: this.undo,
      isLive: () => this.#live,
      isEditable: () => this.#editable,
      locale: () => this.#ctx.locale,
      today: () => this.#ctx.today,
      newId: () => crypto.randomUUID(),
    });
    cb.onCounts(...this.#counts());
    if (live) this.#goLive(false);
  }

  /** Reconciles the shown rows with the loaded doc, then follows it change by change. */
  #goLive(fromCache: boolean): void {
    if (this.#live || this.#destroyed) return;
    const cb = this.#cb;
    this.#live = true;
    if (fromCache) {
      const shown: MemberRecord[] = [];
      this.api.forEachNode((n) => void (n.data && shown.push(n.data)));
      const tx = reconcileRows(shown, this.#doc.members());
      if (tx.add.length + tx.update.length + tx.remove.length > 0) this.api.applyTransaction(tx);
      this.#columns = tableColumns(this.#doc.ydoc);
      this.api.updateGridOptions({
        defaultColDef: defaultColDef(true),
        columnDefs: this.#columnDefs(),
        headerHeight: this.#headerHeight,
      });
    }
    this.#off.push(
      this.#doc.columns.observe(() => {
        this.#columns = tableColumns(this.#doc.ydoc);
        this.#setColumnDefs();
        cb.onChange();
      }),
      this.#doc.observeMembers((change) => {
        const tx = rowChanges(this.#doc, change.ids, (id) => this.api.getRowNode(id) !== undefined);
        if (change.local) {
          for (const row of tx.update) this.api.getRowNode(row.id)?.setData(row);
          if (tx.add.length > 0 || tx.remove.length > 0) {
            this.api.applyTransaction({ add: tx.add, remove: tx.remove });
          }
        } else this.api.applyTransaction(tx);
        // A state change can end (or start) an overdue deadline in another column.
        if (this.#columns.some((c) => c.due)) this.api.refreshCells({ force: false });
        this.#followLinks(change.ids, change.local);
        cb.onChange();
      }),
    );
    this.#followLinks(new Set(this.#doc.memberIds()), false);
    cb.onChange();
  }

  /**
   * A name typed, pasted or filled into an organization-link cell here (the name changed,
   * the id did not) is resolved in the owner's subtree: the organization's name and id
   * are written, or — not found — the id is cleared and the cell is flagged invalid.
   */
  #followLinks(ids: ReadonlySet<string>, local: boolean): void {
    const columns = this.#columns.filter((c) => c.type === 'org');
    if (columns.length === 0) return;
    for (const rowId of ids) {
      const row = this.#doc.member(rowId);
      for (const column of columns) {
        const [nameKey, idKey] = linkKeys(column.id);
        const name = row ? customValue(row, nameKey) : '';
        const id = row ? customValue(row, idKey) : '';
        const key = `${rowId}|${column.id}`;
        const before = this.#links.get(key);
        this.#links.set(key, [name, id]);
        if (!local || !before || name === before[0] || id !== before[1]) continue;
        if (name.trim() === '') {
          if (id !== '') this.#doc.setMemberField(rowId, idKey, '');
          continue;
        }
        const resolve = this.#cb.resolveOrg;
        void (resolve ? resolve(name) : Promise.resolve(null)).then((org) => {
          const now = this.#doc.member(rowId);
          if (this.#destroyed || !now || customValue(now, nameKey) !== name) return;
          if (org) {
            this.#doc.setMemberFields([
              { id: rowId, field: nameKey, value: org.name },
              { id: rowId, field: idKey, value: org.id },
            ]);
          } else if (customValue(now, idKey) !== '') this.#doc.setMemberField(rowId, idKey, '');
        });
      }
    }
  }

  #setColumnDefs(): void {
    const columnDefs = this.#columnDefs();
    this.api.updateGridOptions({ columnDefs, headerHeight: this.#headerHeight });
  }

  /** The column definitions; sets #headerHeight for their titles. */
  #columnDefs(): ColDef<MemberRecord>[] {
    const byId = new Map(this.#columns.map((c) => [c.id, c]));
    const measure = (this.#measure ??= canvasMeasure(getComputedStyle(this.#el).fontFamily));
    let lines = 1;
    // The member grid's custom column kinds; an organization link is text to them.
    const asCustom = this.#columns.map((c): CustomColumn => ({
      ...c,
      type: c.type === 'org' ? 'text' : c.type,
    }));
    const defs = customColumnDefs(asCustom, this.#ctx).map((custom) => {
      const column = byId.get(custom.colId?.slice(2) ?? '');
      if (!column) return custom;
      // Every title whole: wrapped to at most three lines, in a width that fits it.
      const width = column.type === 'org' ? 260 : fitWidth(column, custom.width ?? 130, measure);
      lines = Math.max(lines, linesAt(column.name, width, measure));
      const def = { ...custom, width, wrapHeaderText: true };
      if (column.type === 'org') {
        const [nameKey, idKey] = linkKeys(column.id);
        const unlinked = (row: MemberRecord | undefined) =>
          row !== undefined && customValue(row, nameKey).trim() !== '' && !customValue(row, idKey);
        return {
          ...def,
          pinned: 'left' as const,
          cellRenderer: orgLinkCell(idKey, () => translate(this.#ctx.locale, 'tables.linkOrgOpen')),
          cellClassRules: {
            ...def.cellClassRules,
            'pg-invalid': (p: { data?: MemberRecord }) => unlinked(p.data),
          },
          tooltipValueGetter: (p: { data?: MemberRecord }) =>
            unlinked(p.data) ? translate(this.#ctx.locale, 'tables.linkOrgUnknown') : null,
        };
      }
      if (column.due) {
        const today = this.#ctx.today;
        return {
          ...def,
          cellClassRules: {
            ...def.cellClassRules,
            'pg-overdue': (p: { data?: MemberRecord }) =>
              p.data !== undefined && isOverdue(tableRowOf(p.data), column, today),
          },
        };
      }
      return def;
    });
    this.#headerHeight = headerHeight(lines);
    return this.#presence?.decorate(defs) ?? defs;
  }

  #counts(): [number, number] {
    let total = 0;
    this.api.forEachNode(() => total++);
    return [total, this.api.getDisplayedRowCount()];
  }

  /** The table's columns now (core's reading: types, roles, deadlines). */
  get columns(): readonly TableColumn[] {
    return this.#columns;
  }

  /** The focused row's id (the organization link picker writes into it). */
  focusedRowId(): string | null {
    const cell = this.api.getFocusedCell();
    if (!cell) return null;
    return this.api.getDisplayedRowAtIndex(cell.rowIndex)?.data?.id ?? null;
  }

  setEditable(editable: boolean): void {
    this.#editable = editable;
    if (!editable) this.api.stopEditing(true);
  }

  setLocale(locale: Locale): void {
    if (locale === this.#ctx.locale) return;
    this.#ctx = { ...this.#ctx, locale };
    this.#setColumnDefs();
    this.api.refreshCells({ force: true });
    renewFilters(this.api);
  }

  setSearch(text: string): void {
    this.api.setGridOption('quickFilterText', text);
  }

  /** Adds an empty row and starts editing its first column. */
  addRow(id: string): void {
    if (!this.#live) return;
    this.#doc.addMember(id, {});
    const node = this.api.getRowNode(id);
    const first = this.#columns[0];
    if (!node || node.rowIndex === null || !first) return;
    this.api.ensureNodeVisible(node, 'middle');
    this.api.setFocusedCell(node.rowIndex, customKey(first.id));
  }

  /** Sets an organization link: the name in the cell, the id beside it (one undo step). */
  setOrgLink(rowId: string, columnId: string, org: { id: string; name: string }): void {
    const edits: { id: string; field: CellKey; value: string }[] = [
      { id: rowId, field: customKey(columnId), value: org.name },
      { id: rowId, field: customKey(`${columnId}@id`), value: org.id },
    ];
    this.#doc.setMemberFields(edits);
  }

  deleteRow(id: string): void {
    this.#doc.deleteMember(id);
  }

  destroy(): void {
    this.#destroyed = true;
    for (const off of this.#off) off();
    this.#interaction.destroy();
    this.#presence?.destroy();
    this.api.destroy();
  }
}
