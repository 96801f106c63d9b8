// Committee dashboard: live subtree totals and the table of direct children.
export { default as DashboardPage } from './dashboard-page.svelte';
export { default as DashboardLink } from './dashboard-link.svelte';
export { DashboardState } from './dashboard-state.svelte.ts';
export type { DashboardStatus } from './dashboard-state.svelte.ts';
export { dashboardRoot } from './dashboard-root.ts';
export { COLUMNS, childrenCsv, sortChildren, toggleSort } from './table.ts';
