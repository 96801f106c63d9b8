// Cell history: who changed a cell and when, with restore of an earlier value.
export { CellHistoryState } from './cell-history.svelte.ts';
export type { HistoryTarget } from './cell-history.svelte.ts';
export { historyRows } from './history-rows.ts';
export type { HistoryRow } from './history-rows.ts';
export { focusedTarget, isHistoryShortcut } from './focused-cell.ts';
export { default as HistoryPanel } from './history-panel.svelte';
