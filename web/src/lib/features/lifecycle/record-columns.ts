// The register's records as read-only columns of the member grid (hidden until the user
// shows them through the column menu or a saved view): the last enrolment and the removal
// in force, from core's record columns (`r:` keys of each row). Filterable like the other
// columns (dates by range, texts as shown) and exported with the view.
import { RECORD_DATE_FIELDS, RECORD_FIELDS, recordKey } from '@profgrid/core/lifecycle';
import type { RecordField } from '@profgrid/core/lifecycle';
import { formatRuDate, isIsoDate } from '@profgrid/core';
import type { Locale, MemberRecord } from '@profgrid/core';
import type { ColDef } from 'ag-grid-community';
import { translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { compareRu, dateFilter, filterText, textFilter } from '../cells/index.ts';

/** The stored value of a record column of a row ('' when none). */
export function recordValue(row: MemberRecord | undefined, field: RecordField): string {
  const value = (row as Record<string, unknown> | undefined)?.[recordKey(field)];
  return typeof value === 'string' ? value : '';
}

/** A record column's value as shown: dates ДД.ММ.ГГГГ, reasons as words. */
export function recordText(locale: Locale, field: RecordField, value: string): string {
  if (value === '') return '';
  if (RECORD_DATE_FIELDS.has(field)) return isIsoDate(value) ? formatRuDate(value) : value;
  if (field === 'leftReason') return translate(locale, `reason.${value}` as MessageKey);
  return value;
}

export function recordHeader(locale: Locale, field: RecordField): string {
  return translate(locale, `record.${field}` as MessageKey);
}

export function recordColumnDefs(locale: Locale): ColDef<MemberRecord>[] {
  return RECORD_FIELDS.map((field) => {
    const date = RECORD_DATE_FIELDS.has(field);
    const shown = (row: unknown) =>
      recordText(locale, field, recordValue(row as MemberRecord | undefined, field));
    return {
      colId: recordKey(field),
      headerName: recordHeader(locale, field),
      width: date ? 150 : 180,
      initialHide: true,
      editable: false,
      cellClass: 'pg-readonly',
      valueGetter: (p) => recordValue(p.data, field),
      valueFormatter: (p) => recordText(locale, field, typeof p.value === 'string' ? p.value : ''),
      comparator: compareRu,
      getQuickFilterText: (p) => filterText(shown(p.data)) ?? '',
      ...(date ? dateFilter() : textFilter(shown)),
    } satisfies ColDef<MemberRecord>;
  });
}
