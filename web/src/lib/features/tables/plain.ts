// The svelte-free part of tables for the root layout: the prefetch of a table's cached rows
// alone (IndexedDB and core, already in the app shell), not the page's code.
export { prefetchTable } from './table-prefetch.ts';
