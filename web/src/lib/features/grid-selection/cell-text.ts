// Text ↔ stored value for the clipboard and fill, by core's cell codecs. Copy writes what
// the grid shows without decoration (dates ДД.ММ.ГГГГ, labels in the current locale);
// paste reads like an import (lenient: «жен.», «пенс.», Excel serial dates, labels in
// either locale). Anything else is stored as given, for validation to flag.
import type { CellKey, Locale, MemberField, OrgDoc } from '@profgrid/core';
import { NO_COLUMNS, cellText, parseCell } from '../cells/index.ts';

const columnsOf = (doc: OrgDoc) => (id: string) => doc.columns.get(id);

/** What a pasted text stores in a built-in field. */
export function pasteValue(field: MemberField, text: string): string {
  return parseCell(field, text, 'lenient', NO_COLUMNS);
}

/** What a pasted text stores in a built-in field or a custom column (`c:<id>`). */
export function pasteCell(doc: OrgDoc, field: CellKey, text: string): string {
  return parseCell(field, text, 'lenient', columnsOf(doc));
}

/** What a copied cell reads as: the text the grid shows (custom columns included). */
export function copyCell(doc: OrgDoc, locale: Locale, field: CellKey, value: string): string {
  return cellText(locale, field, value, columnsOf(doc));
}
