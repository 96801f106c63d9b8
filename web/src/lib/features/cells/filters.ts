// AG Grid column filters that know what a cell holds: date cells filter by date (before,
// after, between — the stored ISO compared with the day typed as ДД.ММ.ГГГГ), number
// cells by number; every other cell by the text the grid shows, folded (ё = е, case ignored).
import { isIsoDate, numberValue } from '@profgrid/core';
import type { ColDef, GridApi } from 'ag-grid-community';
import { filterText } from './search.ts';
import { DateFilterInput, relabelDateInputs } from './date-filter-input.ts';

/** `agDateColumnFilter` comparator: picked local day vs. the cell's ISO date. */
export function compareDateCell(filterDay: Date, cell: unknown): number {
  if (typeof cell !== 'string' || !isIsoDate(cell)) return -1;
  const picked = `${filterDay.getFullYear()}-${String(filterDay.getMonth() + 1).padStart(2, '0')}-${String(filterDay.getDate()).padStart(2, '0')}`;
  return cell < picked ? -1 : cell > picked ? 1 : 0;
}

export function dateFilter(): Pick<ColDef, 'filter' | 'filterParams' | 'dateComponent'> {
  return {
    filter: 'agDateColumnFilter',
    dateComponent: DateFilterInput,
    filterParams: {
      comparator: compareDateCell,
      maxNumConditions: 1,
      inRangeInclusive: true,
      buttons: ['reset'],
    },
  };
}

/** A number filter over the number a cell holds (non-numbers never match). */
export function numberFilter(
  valueOf: (row: unknown) => string,
): Pick<ColDef, 'filter' | 'filterParams' | 'filterValueGetter'> {
  return {
    filter: 'agNumberColumnFilter',
    filterValueGetter: (p) => numberValue(valueOf(p.data)),
    filterParams: {
      maxNumConditions: 1,
      allowedCharPattern: '\\d\\-\\,\\.\\s',
      numberParser: (t: string | null) => (t == null ? null : numberValue(t)),
    },
  };
}

export function textFilter(
  shown: (row: unknown) => string,
): Pick<ColDef, 'filter' | 'filterParams' | 'filterValueGetter'> {
  return {
    filter: 'agTextColumnFilter',
    filterValueGetter: (p) => shown(p.data),
    filterParams: { textFormatter: filterText, maxNumConditions: 1 },
  };
}

/**
 * A filter's own texts (operators, the date box's ДД.ММ.ГГГГ) are made with the filter, so
 * after a switch of language the filters are made again, each keeping what it filters by.
 */
export function renewFilters(api: GridApi): void {
  const model = api.getFilterModel();
  for (const column of api.getColumns() ?? []) api.destroyFilter(column);
  api.setFilterModel(model);
  relabelDateInputs(); // the floating filters' date boxes stay: their placeholder changes
}
