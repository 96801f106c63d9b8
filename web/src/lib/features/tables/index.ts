// Committee tables: the list of an organization's tables, one table's page (grid, live
// summary, printable result), and the link to them from organization pages.
export { default as TablesList } from './tables-list.svelte';
export { default as TablePage } from './table-page.svelte';
export { openTable } from './open-table.ts';
export type { TableSession } from './open-table.ts';
export { TableGrid } from './table-grid.ts';
