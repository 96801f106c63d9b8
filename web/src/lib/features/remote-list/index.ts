// A list read from the API (RemoteList) and its table (DataTable) for the list pages.
export { RemoteList } from './remote-list.svelte.ts';
export type { ListMatch, RemoteStatus } from './remote-list.svelte.ts';
export { default as DataTable } from './data-table.svelte';
