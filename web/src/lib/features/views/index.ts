// Saved views of the member grid: per user and organization, on the
// server with a Dexie copy; the toolbar menu to show/hide/pin columns and reset.
export { default as ViewsMenu } from './views-menu.svelte';
export { GridViewController } from './grid-view-controller.ts';
export { ViewSync } from './view-sync.ts';
export type { CachedView, ViewStore } from './view-sync.ts';
export { columnStateFromView, viewFromColumnState, viewKey } from './grid-view-state.ts';
export { default as MenuPanel } from './menu-panel.svelte';
