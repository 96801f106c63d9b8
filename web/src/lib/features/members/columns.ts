// AG Grid column definitions of the member list. Column ids equal core's field keys.
// Editing never writes the row object: `valueSetter` hands the value to `onEdit`, which
// is OrgDoc.setMemberField (the one write path); the Yjs observer then updates the row.
// Invalid values stay as typed and are marked: class `pg-invalid`, reason as tooltip.
import { MEMBER_FIELDS, normalizeDateInput, validateMemberField } from '@profgrid/core';
import type { CellKey, Locale, MemberField, MemberRecord, ValidationResult } from '@profgrid/core';
import type { ColDef, ValueSetterParams } from 'ag-grid-community';
import { translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { CHOICES, DATE_FIELDS, displayValue } from './labels.ts';
import { filterText } from './search.ts';

/** An edit of a built-in field or of a custom column (`c:<columnId>`). */
export type MemberEdit = (id: string, field: CellKey, value: string) => void;

export interface ColumnContext {
  readonly locale: Locale;
  /** ISO date of today, for validation of dates. */
  readonly today: string;
  readonly onEdit: MemberEdit;
  /** False for viewers: no cell is editable (the server refuses their writes anyway). */
  readonly editable?: () => boolean;
  /** Whether a cell is inside the multi-cell selection (grid-selection draws it). */
  readonly isSelected?: (rowIndex: number | null, colId: string) => boolean;
  /** The member's issued card number: «№ билета» shows it and cannot be typed over. */
  readonly issuedCard?: (memberId: string) => string | undefined;
}

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

const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });

/** Russian collation; empty values last. */
export function compareRu(a: unknown, b: unknown): number {
  const x = typeof a === 'string' ? a : '';
  const y = typeof b === 'string' ? b : '';
  if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
  return collator.compare(x, y);
}

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

/** What an edit stores: dates typed as ДД.ММ.ГГГГ become ISO; other values as typed. */
export function parseInput(field: MemberField, input: unknown): string {
  const text = typeof input === 'string' ? input : input == null ? '' : String(input);
  return DATE_FIELDS.has(field) ? normalizeDateInput(text).trim() : text;
}

function columnDef(field: MemberField, ctx: ColumnContext): ColDef<MemberRecord> {
  const choice = CHOICES[field];
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
    filter: 'agTextColumnFilter',
    filterValueGetter: (p) => displayValue(ctx.locale, field, p.data?.[field] ?? ''),
    filterParams: { textFormatter: filterText, maxNumConditions: 1 },
  };
  if (choice) {
    def.cellEditor = 'agSelectCellEditor';
    def.cellEditorParams = {
      values: field === 'gender' ? ['', ...choice.values] : choice.values,
      formatValue: (v: unknown) => displayValue(ctx.locale, field, typeof v === 'string' ? v : ''),
    };
  } else if (DATE_FIELDS.has(field)) {
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
    def.sort = 'asc';
    def.pinned = 'left';
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
