// Import and export of member lists: the toolbar menu component, and the
// XLSX/CSV helpers benches and tests use directly.
export { default as ImportExportMenu } from './import-export-menu.svelte';
export { readXlsxTable, writeMembersXlsx, cellText } from './xlsx.ts';
export { readImportFile } from './read-file.ts';
export { reportTable } from './report-csv.ts';
