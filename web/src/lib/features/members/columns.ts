// AG Grid column definitions of the member list. Column ids equal core's field keys.
// Editing never writes the row object: `valueSetter` hands the value to `onEdit`, which
// is OrgDoc.setMemberField (the one write path); the Yjs observer then updates the row.
// Invalid values stay as typed and are marked: class `pg-invalid`, reason as tooltip.
import { MEMBER_CODECS, MEMBER_FIELDS, validateMemberField } from '@profgrid/core';
import type { MemberField, MemberRecord, ValidationResult } from '@profgrid/core';
import type { ColDef, ValueSetterParams } from 'ag-grid-community';
import { translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import {
  NO_COLUMNS,
  compareRu,
  dateFilter,
  displayCell,
  filterText,
  parseCell,
  textFilter,
} from '../cells/index.ts';
import type { ColumnContext } from '../cells/index.ts';

const WIDTHS: Partial<Record<MemberField, number>> = {
  surname: 150,
  name: 120,
  patronymic: 150,
  birthDate: 140,
  gender: 100,
  position: 170,
  category: 190,
  phone: 150,
  email: 190,
  joinedDate: 150,
  cardNumber: 110,
  status: 160,
  notes: 220,
  consentDate: 190,
  consentForm: 150,
};

/** The validation message of a value in the locale, or null when it is valid. */
export function invalidReason(
  field: MemberField,
  value: string,
  ctx: ColumnContext,
): string | null {
  const result = validated(field, value, ctx.today);
  return result.ok ? null : result.reason[ctx.locale];
}

/** Each rendered cell asks twice (class rule, tooltip); values repeat across rows. */
const validations = new Map<string, ValidationResult>();
let validatedOn = '';

function validated(field: MemberField, value: string, today: string): ValidationResult {
  if (today !== validatedOn || validations.size > 50_000) {
    validations.clear();
    validatedOn = today;
  }
  const key = `${field}\u0000${value}`;
  let result = validations.get(key);
  if (!result) {
    result = validateMemberField(field, value, { today });
    validations.set(key, result);
  }
  return result;
}

/** A value as the grid shows it: dates ДД.ММ.ГГГГ, codes as words; unknown codes as typed. */
export function displayValue(locale: ColumnContext['locale'], field: MemberField, value: string) {
  return displayCell(locale, field, value, NO_COLUMNS);
}

/** What a typed text stores in a field (core's codec, strict). */
export function parseInput(field: MemberField, input: unknown): string {
  return parseCell(field, input, 'strict', NO_COLUMNS);
}

function columnDef(field: MemberField, ctx: ColumnContext): ColDef<MemberRecord> {
  const codec = MEMBER_CODECS[field];
  const shown = (row: unknown) =>
    displayValue(ctx.locale, field, (row as MemberRecord | undefined)?.[field] ?? '');
  const def: ColDef<MemberRecord> = {
    colId: field,
    field,
    headerName: translate(ctx.locale, `member.${field}` as MessageKey),
    width: WIDTHS[field] ?? 140,
    editable: () => ctx.editable?.() ?? true,
    comparator: compareRu,
    valueFormatter: (p) =>
      displayValue(ctx.locale, field, typeof p.value === 'string' ? p.value : ''),
    valueParser: (p) => parseInput(field, p.newValue),
    valueSetter: (p: ValueSetterParams<MemberRecord>) => {
      if (!p.data) return false;
      const value = parseInput(field, p.newValue);
      if (value !== p.data[field]) ctx.onEdit(p.data.id, field, value);
      return false;
    },
    cellClassRules: {
      'pg-invalid': (p) => invalidReason(field, p.data?.[field] ?? '', ctx) !== null,
      'pg-selected': (p) => ctx.isSelected?.(p.node.rowIndex, field) ?? false,
    },
    tooltipValueGetter: (p) => invalidReason(field, p.data?.[field] ?? '', ctx),
    // Search and filter what is shown (labels, ДД.ММ.ГГГГ), normalized (ё = е).
    getQuickFilterText: (p) => filterText(displayValue(ctx.locale, field, p.data[field])) ?? '',
    ...(codec.kind === 'date' ? dateFilter() : textFilter(shown)),
  };
  if (codec.choices.length > 0) {
    const codes = codec.choices.map((c) => c.code);
    def.cellEditor = 'agSelectCellEditor';
    def.cellEditorParams = {
      values: codec.required ? codes : ['', ...codes],
      formatValue: (v: unknown) => displayValue(ctx.locale, field, typeof v === 'string' ? v : ''),
    };
  } else if (codec.kind === 'date') {
    def.cellEditor = 'agTextCellEditor';
    def.cellEditorParams = { useFormatter: true };
  } else if (field === 'notes') {
    // The last column takes the remaining width on wide screens.
    def.flex = 1;
    def.minWidth = WIDTHS.notes ?? 220;
    def.cellEditor = 'agLargeTextCellEditor';
    def.cellEditorPopup = true;
    def.cellEditorParams = { maxLength: 2000 };
  }
  if (field === 'surname') {
    // Initial only: rebuilding the columns (a custom column added, a locale switch) keeps
    // the user's sort and pinning.
    def.initialSort = 'asc';
    def.initialPinned = 'left';
  }
  if (field === 'status') {
    // Changed only by records (снятие с учёта, восстановление): OrgDoc refuses typed values.
    def.editable = false;
    def.cellClass = 'pg-readonly';
  }
  if (field === 'cardNumber') {
    const issued = (m: MemberRecord | undefined) => (m ? ctx.issuedCard?.(m.id) : undefined);
    def.valueGetter = (p) => issued(p.data) ?? p.data?.cardNumber ?? '';
    def.editable = (p) => (ctx.editable?.() ?? true) && issued(p.data) === undefined;
    def.cellClassRules = { ...def.cellClassRules, 'pg-card-issued': (p) => !!issued(p.data) };
  }
  return def;
}

export function memberColumnDefs(ctx: ColumnContext): ColDef<MemberRecord>[] {
  return MEMBER_FIELDS.map((field) => columnDef(field, ctx));
}
