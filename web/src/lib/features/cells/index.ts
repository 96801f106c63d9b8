// Cells: the bottom of the grid features (members, custom-columns, grid-selection,
// cell-history, import-export). What a cell means comes from core's codecs; this folder
// adds the locale's texts, the Russian collator, search folding and the column context.
// It imports no other feature.
export { NO_COLUMNS, cellText, cellTitle, displayCell, parseCell } from './cell-text.ts';
export type { ColumnLookup } from './cell-text.ts';
export { compareRu, ruCollator } from './collate.ts';
export type { ColumnContext, MemberEdit } from './column-context.ts';
export { filterText, rowMatches, searchWords } from './search.ts';
export { gridText } from './grid-locale.ts';
export { compareDateCell, dateFilter, numberFilter, renewFilters, textFilter } from './filters.ts';
