// The svelte-free part of import-export, for other features' plain .ts modules (loadable in
// node tests, and kept out of the chunks of components they do not show).
export { readImportFile } from './read-file.ts';
export type { ExportCell, ExportTable } from './view-export.ts';
export { writeTableXlsx } from './xlsx.ts';
