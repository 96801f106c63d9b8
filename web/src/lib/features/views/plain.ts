// The svelte-free part of views, for other features' plain .ts modules (loadable in node
// tests). Components and routes import ./index.ts.
export { GridViewController } from './grid-view-controller.ts';
export { columnStateFromView, viewFromColumnState, viewKey } from './grid-view-state.ts';
export type { CachedView, ViewStore } from './view-sync.ts';
