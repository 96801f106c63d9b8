// Cells for the grid features: what a cell shows, what copy writes, what typing and paste
// store, the title of a cell — all by core's codec of the cell (core/src/cells), so the
// grid, the clipboard, the history panel and exports cannot disagree.
import { asText, cellCodec } from '@profgrid/core';
import type { CellKey, ColumnLookup, Locale, ParseMode } from '@profgrid/core';
import { translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';

export type { ColumnLookup };

/** What the grid shows (ДД.ММ.ГГГГ, labels in the locale, «☑ Да», «15 272»). */
export function displayCell(
  locale: Locale,
  key: CellKey,
  value: string,
  columnOf: ColumnLookup,
): string {
  return value === '' ? '' : cellCodec(key, columnOf).display(value, locale);
}

/** What copy, search and exports write (like the grid, without boxes and number spacing). */
export function cellText(
  locale: Locale,
  key: CellKey,
  value: string,
  columnOf: ColumnLookup,
): string {
  return value === '' ? '' : cellCodec(key, columnOf).text(value, locale);
}

/** What a typed (`strict`) or pasted (`lenient`) text stores in a cell. */
export function parseCell(
  key: CellKey,
  input: unknown,
  mode: ParseMode,
  columnOf: ColumnLookup,
): string {
  return cellCodec(key, columnOf).parse(asText(input), mode);
}

/** A cell's name: the field's label or the custom column's name (deleted: said so). */
export function cellTitle(locale: Locale, key: CellKey, columnOf: ColumnLookup): string {
  if (!key.startsWith('c:')) return translate(locale, `member.${key}` as MessageKey);
  return columnOf(key.slice(2))?.name ?? translate(locale, 'history.deletedColumn');
}

/** No custom columns (built-in fields only). */
export const NO_COLUMNS: ColumnLookup = () => undefined;
