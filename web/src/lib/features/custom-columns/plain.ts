// The svelte-free part of custom columns, for other features' plain .ts modules (the member
// grid's column definitions without the «Свои столбцы» dialog). Components and routes
// import ./index.ts.
export { customColumnDefs } from './column-defs.ts';
