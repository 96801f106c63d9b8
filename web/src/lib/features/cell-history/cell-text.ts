// What the history panel shows for a cell of a built-in field or of a custom column
// (`c:<id>`): the title (the field's label, or the column's name) and each recorded value
// as the grid shows it — ДД.ММ.ГГГГ, «Да» / «Нет», choice labels. A custom column deleted
// since (or not yet synced) has no name to show: its values are shown as stored.
import { CUSTOM_PREFIX, isCustomKey } from '@profgrid/core';
import type { CellKey, CustomColumn, Locale } from '@profgrid/core';
import { translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { displayValue } from '../members/labels.ts';
import { customText } from '../custom-columns/values.ts';

/** The custom column a key names, if the organization has it. */
export type ColumnLookup = (id: string) => CustomColumn | undefined;

export function cellTitle(locale: Locale, field: CellKey, columnOf: ColumnLookup): string {
  if (!isCustomKey(field)) return translate(locale, `member.${field}` as MessageKey);
  return (
    columnOf(field.slice(CUSTOM_PREFIX.length))?.name ?? translate(locale, 'history.deletedColumn')
  );
}

export function cellValueText(
  locale: Locale,
  field: CellKey,
  value: string,
  columnOf: ColumnLookup,
): string {
  if (!isCustomKey(field)) return displayValue(locale, field, value);
  const column = columnOf(field.slice(CUSTOM_PREFIX.length));
  return column ? customText(column, value, locale) : value;
}
