// Admin: the organization tree of the admin's subtrees (create, edit, move, archive).
export { orgsAdmin } from './orgs-admin.svelte.ts';
export { treeRows, subtreeIds } from './tree-rows.ts';
export type { TreeRow } from './tree-rows.ts';
export { default as OrgTreeAdmin } from './org-tree-admin.svelte';
