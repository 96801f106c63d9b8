// views/: importable as @profgrid/core/views; the names other packages use are also in the
// main entry (core/src/index.ts).
export {
  GRID_VIEW_MAX_BYTES,
  GRID_VIEW_MAX_COLUMNS,
  GRID_VIEW_MAX_COL_ID,
  GRID_VIEW_VERSION,
  parseGridView,
} from './grid-view.ts';
export type { GridView, GridViewColumn, GridViewParse, Pinned } from './grid-view.ts';
