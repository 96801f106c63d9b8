// AG Grid column state ↔ a saved GridView (core). Pure, so the mapping is unit-tested: a
// flex column's computed width is not saved (it would freeze the flex), pins other than
// left/right read as left (AG Grid's `true`), hidden/sort flags are kept as given.
import { GRID_VIEW_VERSION } from '@profgrid/core';
import type { GridView, GridViewColumn, Pinned } from '@profgrid/core';
import type { ColumnState } from 'ag-grid-community';

function pinnedOf(value: ColumnState['pinned']): Pinned {
  if (value === 'right') return 'right';
  return value === 'left' || value === true ? 'left' : null;
}

export function viewFromColumnState(state: readonly ColumnState[]): GridView {
  const columns: GridViewColumn[] = state.map((s) => ({
    colId: s.colId,
    hide: s.hide === true,
    pinned: pinnedOf(s.pinned),
    width:
      s.flex || typeof s.width !== 'number'
        ? null
        : Math.min(2000, Math.max(20, Math.round(s.width))),
    sort: s.sort === 'asc' || s.sort === 'desc' ? s.sort : null,
    sortIndex: typeof s.sortIndex === 'number' && s.sort ? s.sortIndex : null,
  }));
  return { version: GRID_VIEW_VERSION, columns };
}

/** The state to apply (with `applyOrder: true`); widths only where the view has one. */
export function columnStateFromView(view: GridView): ColumnState[] {
  return view.columns.map((c) => ({
    colId: c.colId,
    hide: c.hide,
    pinned: c.pinned,
    sort: c.sort,
    sortIndex: c.sortIndex,
    ...(c.width === null ? {} : { width: c.width, flex: null }),
  }));
}

/** A stable text of a view, to tell whether anything changed. */
export function viewKey(view: GridView): string {
  return JSON.stringify(view.columns);
}
