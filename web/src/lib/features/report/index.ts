// The statistical report: the subtree's documents downloaded and counted in the
// browser by core, printable and exported to XLSX.
export { default as ReportPage } from './report-page.svelte';
export { ReportState } from './report-state.svelte.ts';
export { checkPeriod, defaultPeriod, subtreeIds } from './period.ts';
export { cellText, formatNumber } from './cell-text.ts';
export { reportSheet, writeReportXlsx } from './report-xlsx.ts';
export { fetchSubtreeDocs } from './subtree-docs.ts';
export type { FetchedDoc } from './subtree-docs.ts';
