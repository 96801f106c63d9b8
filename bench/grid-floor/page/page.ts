// The floor of the grid cold open: the bare page (no SvelteKit, no Yjs, no Dexie) that loads
// the member grid's AG Grid build — the same package, the same registered modules
// (grid-modules.ts), the same stylesheets (grid-styles.ts) and theme variables — and renders
// 10,000 plain rows with the member list's columns, as ours does at its first paint (no
// filter row, no row buffer, surname pinned and sorted). The rows are made in the page, or
// (`?idb`) read as JSON from IndexedDB, the read started by the page's inline script before
// this code loads, as ours' root layout does. Marks: 'floor:start' (the inline script) →
// 'floor:grid-ready' (AG Grid's firstDataRendered, as ours' 'pg:grid-ready').
// `?shape=table`: the committee table's shape instead (table-shape.ts), rows from the
// IndexedDB key 'table'; otherwise the member list's.
import { createGrid } from 'ag-grid-community';
import type { ColDef } from 'ag-grid-community';
import { registerGridModules } from '../../../web/src/lib/features/members/grid-modules.ts';
import { gridStyles } from '../../../web/src/lib/features/grid-styles/grid-styles.ts';
import { FIELDS, HIDDEN, HEADERS, WIDTHS, floorRows, tableFloorRows } from './rows.ts';
import type { FloorRow, TableFloorRow } from './rows.ts';
import { tableFloorColumns } from './table-shape.ts';

declare global {
  interface Window {
    /** Started by the page's inline script (`?idb`): the JSON rows from IndexedDB. */
    floorRead?: Promise<string | null>;
  }
}

function columnDefs(): ColDef<FloorRow>[] {
  const defs: ColDef<FloorRow>[] = FIELDS.map((field) => ({
    colId: field,
    field,
    headerName: HEADERS[field],
    width: WIDTHS[field] ?? 140,
    editable: field !== 'status',
    filter: field.endsWith('Date') ? 'agDateColumnFilter' : 'agTextColumnFilter',
    ...(field === 'surname' ? { initialSort: 'asc' as const, initialPinned: 'left' as const } : {}),
    ...(field === 'notes' ? { flex: 1, minWidth: 220 } : {}),
  }));
  for (const field of HIDDEN) {
    defs.push({ colId: `r:${field}`, headerName: field, width: 150, initialHide: true });
  }
  return defs;
}

async function rows<T>(made: () => T[]): Promise<T[]> {
  const json = window.floorRead ? await window.floorRead : null;
  return json ? (JSON.parse(json) as T[]) : made();
}

async function openMembers(): Promise<void> {
  const [data] = await Promise.all([rows(floorRows), gridStyles()]);
  registerGridModules();
  const el = document.getElementById('grid')!;
  createGrid(el, {
    theme: 'legacy',
    rowData: data,
    columnDefs: columnDefs(),
    defaultColDef: { resizable: true, sortable: true, floatingFilter: false },
    headerHeight: 68,
    getRowId: (p) => p.data.id,
    rowSelection: { mode: 'singleRow', checkboxes: false, enableClickSelection: true },
    animateRows: false,
    rowBuffer: 0,
    onFirstDataRendered: () => performance.mark('floor:grid-ready'),
  });
}

/** The committee table's shape: as the table's grid at its first paint from the cache. */
async function openTable(): Promise<void> {
  const [data] = await Promise.all([rows(tableFloorRows), gridStyles()]);
  registerGridModules();
  const el = document.getElementById('grid')!;
  const { defs, headerHeight } = tableFloorColumns(el);
  createGrid<TableFloorRow>(el, {
    theme: 'legacy',
    rowData: data,
    columnDefs: defs,
    headerHeight,
    floatingFiltersHeight: 34,
    maintainColumnOrder: true,
    defaultColDef: { resizable: true, sortable: true, floatingFilter: false },
    getRowId: (p) => p.data.id,
    rowSelection: { mode: 'singleRow', checkboxes: false, enableClickSelection: true },
    enableBrowserTooltips: true,
    stopEditingWhenCellsLoseFocus: true,
    animateRows: false,
    rowBuffer: 0,
    suppressDragLeaveHidesColumns: true,
    onFirstDataRendered: () => performance.mark('floor:grid-ready'),
  });
}

void (new URLSearchParams(location.search).get('shape') === 'table' ? openTable() : openMembers());
