// Members: the grid of one organization's member list and its editing logic.
export { default as MembersView } from './members-view.svelte';
// The controller and AG Grid load by import() in member-grid.svelte: only its type here.
export type { MemberGrid } from './member-grid.ts';
export { MemberGridState } from './member-grid-state.svelte.ts';
export type { MemberDialog } from './member-grid-state.svelte.ts';
export { memberColumnDefs, displayValue, invalidReason, parseInput } from './columns.ts';
export { rowChanges, allRows } from './rows.ts';
export { parseRemoval } from './removal.ts';
export { onlyMembers } from '../member-filter/index.ts';
