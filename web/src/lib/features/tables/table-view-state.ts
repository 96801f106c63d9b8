// A committee table's grid ↔ its named views (core table-views): what to save from the
// grid now, and how to show a saved view. The column part is the member grid's own
// mapping (features/views grid-view-state); filters are AG Grid's filter model.
import type { GridApi } from 'ag-grid-community';
import type { TableView, TableViewDraft, TableViewFilter } from '@profgrid/core/tables';
import { columnStateFromView, viewFromColumnState } from '../views/plain.ts';

/** The grid's layout, filters and the search text, as a view to save under `name`. */
export function viewOfGrid<T>(api: GridApi<T>, name: string, search: string): TableViewDraft {
  const filter = JSON.parse(JSON.stringify(api.getFilterModel() ?? {})) as TableViewFilter;
  return { name, grid: viewFromColumnState(api.getColumnState()), filter, search };
}

/** Shows a view: columns (order, hidden, pinned, widths, sort) and filters of the columns
 *  the table still has; the caller sets the search text. */
export function applyViewToGrid<T>(api: GridApi<T>, view: TableView): void {
  api.applyColumnState({ state: columnStateFromView(view.grid), applyOrder: true });
  const known = new Set(api.getColumnState().map((s) => s.colId));
  const filter = Object.fromEntries(Object.entries(view.filter).filter(([id]) => known.has(id)));
  api.setFilterModel(filter);
}
