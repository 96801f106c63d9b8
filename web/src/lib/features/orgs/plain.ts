// The svelte-free part of orgs, for other features' plain .ts modules. Components and
// routes import ./index.ts.
export { queryString } from './org-nodes.ts';
