// AG Grid column definitions of the custom columns, after the built-in ones. Same rules
// as members/columns.ts: `valueSetter` hands the parsed value to `onEdit` (OrgDoc, key
// `c:<columnId>`) and returns false; invalid values stay as typed and are marked.
// Editors: select for yes/no and single choice, a checkbox popup for multiple choice,
// text (ДД.ММ.ГГГГ) for dates, text for numbers and text.
import { customKey, customValue, parseCustomNumber, validateCustomValue } from '@profgrid/core';
import type { CustomColumn, MemberRecord } from '@profgrid/core';
import type { ColDef, ValueSetterParams } from 'ag-grid-community';
import { compareRu, dateFilter, filterText, numberFilter, textFilter } from '../cells/index.ts';
import type { ColumnContext } from '../cells/index.ts';
import { MultiChoiceEditor } from './multi-choice-editor.ts';
import { customDisplay, customParse, customText, yesNoLabel } from './values.ts';

/** Numbers sort by value (unparsable ones after, then by text); empty last. */
export function compareNumbers(a: unknown, b: unknown): number {
  const x = typeof a === 'string' ? parseCustomNumber(a) : null;
  const y = typeof b === 'string' ? parseCustomNumber(b) : null;
  if (x !== null && y !== null) return x - y;
  if (x !== null) return -1;
  if (y !== null) return 1;
  return compareRu(a, b);
}

function reasonOf(column: CustomColumn, value: string, ctx: ColumnContext): string | null {
  const result = validateCustomValue(column, value);
  return result.ok ? null : result.reason[ctx.locale];
}

export function customColumnDef(column: CustomColumn, ctx: ColumnContext): ColDef<MemberRecord> {
  const key = customKey(column.id);
  const valueOf = (row: MemberRecord | undefined) => (row ? customValue(row, key) : '');
  const def: ColDef<MemberRecord> = {
    colId: key,
    headerName: column.name,
    headerTooltip: column.name,
    width: column.type === 'multichoice' || column.type === 'text' ? 180 : 130,
    editable: () => ctx.editable?.() ?? true,
    valueGetter: (p) => valueOf(p.data),
    comparator: column.type === 'number' ? compareNumbers : compareRu,
    valueFormatter: (p) =>
      customDisplay(column, typeof p.value === 'string' ? p.value : '', ctx.locale),
    valueParser: (p) => customParse(column, p.newValue),
    valueSetter: (p: ValueSetterParams<MemberRecord>) => {
      if (!p.data) return false;
      const value = customParse(column, p.newValue);
      if (value !== valueOf(p.data)) ctx.onEdit(p.data.id, key, value);
      return false;
    },
    cellClassRules: {
      'pg-invalid': (p) => reasonOf(column, valueOf(p.data), ctx) !== null,
      'pg-selected': (p) => ctx.isSelected?.(p.node.rowIndex, key) ?? false,
    },
    tooltipValueGetter: (p) => reasonOf(column, valueOf(p.data), ctx),
    getQuickFilterText: (p) => filterText(customText(column, valueOf(p.data), ctx.locale)) ?? '',
    ...(column.type === 'date'
      ? dateFilter()
      : column.type === 'number'
        ? numberFilter((row) => valueOf(row as MemberRecord | undefined))
        : textFilter((row) =>
            customText(column, valueOf(row as MemberRecord | undefined), ctx.locale),
          )),
  };
  switch (column.type) {
    case 'yesno':
      def.cellEditor = 'agSelectCellEditor';
      def.cellEditorParams = {
        values: ['', 'yes', 'no'],
        formatValue: (v: unknown) => yesNoLabel(ctx.locale, typeof v === 'string' ? v : ''),
      };
      break;
    case 'choice':
      def.cellEditor = 'agSelectCellEditor';
      def.cellEditorParams = { values: ['', ...column.choices] };
      break;
    case 'multichoice':
      def.cellEditor = MultiChoiceEditor;
      def.cellEditorPopup = true;
      def.cellEditorParams = { choices: column.choices };
      break;
    case 'date':
      def.cellEditor = 'agTextCellEditor';
      def.cellEditorParams = { useFormatter: true };
      break;
    default:
      def.cellEditor = 'agTextCellEditor';
  }
  return def;
}

export function customColumnDefs(
  columns: readonly CustomColumn[],
  ctx: ColumnContext,
): ColDef<MemberRecord>[] {
  return columns.map((c) => customColumnDef(c, ctx));
}
