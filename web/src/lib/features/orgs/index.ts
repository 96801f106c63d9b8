// Organizations: the cached list from the registry and its picker view.
export { orgList } from './org-list.svelte.ts';
export { OrgPickerState } from './org-picker-state.svelte.ts';
export type { OrgListStatus } from './org-list.svelte.ts';
export { groupLevel } from './org-tree.ts';
export type { OrgGroup, OrgLevelView } from './org-tree.ts';
export { default as OrgPicker } from './org-picker.svelte';
export { currentOrg } from './current-org.svelte.ts';
