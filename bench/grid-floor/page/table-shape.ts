// The floor page's committee-table shape (`?shape=table`): the acceptance template's 31
// columns (core's template, as data), the organization column pinned with a DOM cell
// renderer, titles wrapped in widths fitted by the table's own column-fit, dates shown as
// ДД.ММ.ГГГГ, a class rule and a tooltip getter on every column, as the table's grid has —
// over the rows of rows.ts. Plain AG Grid: no Yjs, no app code in the cells.
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { ACCEPTANCE_TEMPLATE } from '../../../core/src/tables/templates.ts';
import {
  canvasMeasure,
  fitWidth,
  headerHeight,
  linesAt,
} from '../../../web/src/lib/features/tables/column-fit.ts';
import type { TableFloorRow } from './rows.ts';

const shownDate = (iso: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso;

function orgCell(p: ICellRendererParams<TableFloorRow>): HTMLElement {
  const span = document.createElement('span');
  span.textContent = String(p.value ?? '');
  return span;
}

/** The acceptance template's columns as the table's grid sizes them; and the header's height. */
export function tableFloorColumns(el: HTMLElement): {
  defs: ColDef<TableFloorRow>[];
  headerHeight: number;
} {
  const measure = canvasMeasure(getComputedStyle(el).fontFamily);
  let lines = 1;
  const defs = ACCEPTANCE_TEMPLATE.columns.map((column): ColDef<TableFloorRow> => {
    const key = `c:${column.id}`;
    const base = column.type === 'text' ? 180 : 130;
    const width = column.type === 'org' ? 260 : fitWidth(column, base, measure);
    lines = Math.max(lines, linesAt(column.name, width, measure));
    const valueOf = (row: TableFloorRow | undefined) => row?.[key] ?? '';
    return {
      colId: key,
      headerName: column.name,
      headerTooltip: column.name,
      width,
      wrapHeaderText: true,
      editable: true,
      valueGetter: (p) => valueOf(p.data),
      valueFormatter: (p) =>
        column.type === 'date' ? shownDate(String(p.value ?? '')) : String(p.value ?? ''),
      cellClassRules: { 'pg-invalid': (p) => valueOf(p.data).length > 200 },
      tooltipValueGetter: () => null,
      filter: column.type === 'date' ? 'agDateColumnFilter' : 'agTextColumnFilter',
      cellEditor: column.type === 'choice' ? 'agSelectCellEditor' : 'agTextCellEditor',
      ...(column.type === 'org' ? { pinned: 'left' as const, cellRenderer: orgCell } : {}),
    };
  });
  return { defs, headerHeight: headerHeight(lines) };
}
