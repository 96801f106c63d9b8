// Admin: the organization tree of the admin's subtrees (create, edit, move, archive),
// loaded level by level and searched on the server.
export { orgsAdmin } from './orgs-admin.svelte.ts';
export { AdminTreeState } from './admin-tree.svelte.ts';
export { default as OrgTreeAdmin } from './org-tree-admin.svelte';
