// Persons registered in two organizations: the chair's list and the committee's count.
export { default as DuplicatesPage } from './duplicates-page.svelte';
export { DuplicatesState } from './duplicates-state.svelte.ts';
