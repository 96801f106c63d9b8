// The floor of the grid cold open: the bare page (no SvelteKit, no Yjs, no Dexie) that loads
// the member grid's AG Grid build — the same package, the same registered modules
// (grid-modules.ts), the same stylesheets (grid-styles.ts) and theme variables — and renders
// 10,000 plain rows with the member list's columns, as ours does at its first paint (no
// filter row, no row buffer, surname pinned and sorted). The rows are made in the page, or
// (`?idb`) read as JSON from IndexedDB, the read started by the page's inline script before
// this code loads, as ours' root layout does. Marks: 'floor:start' (the inline script) →
// 'floor:grid-ready' (AG Grid's firstDataRendered, as ours' 'pg:grid-ready').
import { createGrid } from 'ag-grid-community';
import type { ColDef } from 'ag-grid-community';
import { registerGridModules } from '../../../web/src/lib/features/members/grid-modules.ts';
import { gridStyles } from '../../../web/src/lib/features/members/grid-styles.ts';
import { FIELDS, HIDDEN, HEADERS, WIDTHS, floorRows } from './rows.ts';
import type { FloorRow } from './rows.ts';

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

async function rows(): Promise<FloorRow[]> {
  const json = window.floorRead ? await window.floorRead : null;
  return json ? (JSON.parse(json) as FloorRow[]) : floorRows();
}

async function open(): Promise<void> {
  const [data] = await Promise.all([rows(), gridStyles()]);
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

void open();
