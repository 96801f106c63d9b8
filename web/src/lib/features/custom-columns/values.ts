// Custom column values ↔ what the grid shows and what a typed or pasted text stores.
// Stored: dates ISO, yes/no as 'yes' | 'no', choices as the choice text, multiple choices
// joined by '; '. Shown: ДД.ММ.ГГГГ, «Да» / «Нет» (with a box), choices as stored. Parsing
// is forgiving (labels in either locale, case and ё/е ignored) but never drops anything:
// a text that matches nothing is stored as typed, for validation to flag.
import {
  LOCALES,
  YES_NO,
  formatRuDate,
  joinMulti,
  normalizeDateInput,
  normalizeSearch,
  splitMulti,
} from '@profgrid/core';
import type { CustomColumn, Locale } from '@profgrid/core';
import { translate } from '../../i18n/format.ts';

const YES_WORDS = ['1', 'true', '+', 'да', 'yes', 'y', 'д'];
const NO_WORDS = ['0', 'false', '-', 'нет', 'no', 'n', 'н'];

export function yesNoLabel(locale: Locale, value: string): string {
  if (value === 'yes') return `☑ ${translate(locale, 'custom.yes')}`;
  if (value === 'no') return `☐ ${translate(locale, 'custom.no')}`;
  return value;
}

/** A value as the grid shows it. */
export function customDisplay(column: CustomColumn, value: string, locale: Locale): string {
  if (value === '') return '';
  if (column.type === 'date') return formatRuDate(value);
  if (column.type === 'yesno') return yesNoLabel(locale, value);
  return value;
}

/** A value as text for copy, search and CSV: like the grid, without the box. */
export function customText(column: CustomColumn, value: string, locale: Locale): string {
  if (column.type === 'yesno' && (YES_NO as readonly string[]).includes(value)) {
    return translate(locale, value === 'yes' ? 'custom.yes' : 'custom.no');
  }
  return customDisplay(column, value, locale);
}

function matchChoice(choices: readonly string[], text: string): string {
  const key = normalizeSearch(text);
  return choices.find((c) => normalizeSearch(c) === key) ?? text;
}

/** What a typed or pasted text stores in a custom column. */
export function customParse(column: CustomColumn, input: unknown): string {
  const raw = typeof input === 'string' ? input : input == null ? '' : String(input);
  const text = raw.trim();
  switch (column.type) {
    case 'text':
      return raw;
    case 'number':
      return text;
    case 'date':
      return normalizeDateInput(text).trim();
    case 'yesno': {
      const key = normalizeSearch(text.replace(/^[☑☐]\s*/u, ''));
      if ((YES_NO as readonly string[]).includes(key)) return key;
      for (const locale of LOCALES) {
        if (key === normalizeSearch(translate(locale, 'custom.yes'))) return 'yes';
        if (key === normalizeSearch(translate(locale, 'custom.no'))) return 'no';
      }
      if (YES_WORDS.includes(key)) return 'yes';
      if (NO_WORDS.includes(key)) return 'no';
      return text;
    }
    case 'choice':
      return matchChoice(column.choices, text);
    case 'multichoice':
      return joinMulti(splitMulti(text).map((part) => matchChoice(column.choices, part)));
  }
}
