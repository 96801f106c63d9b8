// Custom column values ↔ what the grid shows and what a typed text stores: the column
// type's codec in core (core/src/cells/custom.ts). Stored: dates ISO, yes/no as 'yes' |
// 'no', choices as the choice text, multiple choices joined by '; '. Shown: ДД.ММ.ГГГГ,
// «☑ Да» / «☐ Нет», numbers «15 272». A text that matches nothing is stored as typed.
import { asText, customCodec } from '@profgrid/core';
import type { CustomColumn, Locale } from '@profgrid/core';

const YES_NO: CustomColumn = { id: '', name: '', type: 'yesno', choices: [], order: 0 };

/** «☑ Да» / «☐ Нет» for a yes/no code; other values as they are. */
export function yesNoLabel(locale: Locale, value: string): string {
  return value === '' ? '' : customCodec(YES_NO).display(value, locale);
}

/** A value as the grid shows it. */
export function customDisplay(column: CustomColumn, value: string, locale: Locale): string {
  return value === '' ? '' : customCodec(column).display(value, locale);
}

/** A value as text for copy, search and CSV: like the grid, without the box. */
export function customText(column: CustomColumn, value: string, locale: Locale): string {
  return value === '' ? '' : customCodec(column).text(value, locale);
}

/** What a typed text stores in a custom column. */
export function customParse(column: CustomColumn, input: unknown): string {
  return customCodec(column).parse(asText(input), 'strict');
}
