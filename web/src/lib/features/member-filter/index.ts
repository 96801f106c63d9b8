// The member grid filtered to exactly some members (a statistical form's warning opens it),
// held in memory for one organization. A feature of its own so that the form page can set
// it without loading the member grid (AG Grid) into its code.
export { onlyMembers } from './only-members.svelte.ts';
