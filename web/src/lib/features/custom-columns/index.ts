// Custom columns of the member list: the «Свои столбцы» dialog, the
// grid's column definitions and value parsing/display for them.
export { default as ColumnsDialog } from './columns-dialog.svelte';
export { ColumnsEditor } from './columns-editor.svelte.ts';
export { customColumnDef, customColumnDefs, compareNumbers } from './column-defs.ts';
export { customDisplay, customParse, customText } from './values.ts';
