// The card index of chairs and deputies (R6), searchable across the session's subtrees.
export { chairs } from './chairs-state.svelte.ts';
export { filterChairs } from './chair-filter.ts';
export { default as ChairsPage } from './chairs-page.svelte';
