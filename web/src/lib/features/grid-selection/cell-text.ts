// Text ↔ stored value for the clipboard. Copy writes what the grid shows (dates
// ДД.ММ.ГГГГ, choice labels in the current locale); paste accepts what a chair types or
// copies from Excel: dates normalized like a cell edit, choice fields by code or by label
// in either locale (case and ё/е ignored). Anything else is stored as given, for
// validation to flag — never dropped.
import { LOCALES, isCustomKey, normalizeSearch } from '@profgrid/core';
import type { CellKey, Locale, MemberField, OrgDoc } from '@profgrid/core';
import { customParse, customText } from '../custom-columns/values.ts';
import { displayValue } from '../members/labels.ts';
import { translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { CHOICES } from '../members/labels.ts';
import { parseInput } from '../members/columns.ts';

const byLabel = new Map<MemberField, Map<string, string>>();

function labelsOf(field: MemberField): Map<string, string> | undefined {
  const choice = CHOICES[field];
  if (!choice) return undefined;
  let map = byLabel.get(field);
  if (!map) {
    map = new Map();
    for (const code of choice.values) {
      map.set(normalizeSearch(code), code);
      for (const locale of LOCALES) {
        const label = translate(locale, `${choice.prefix}.${code}` as MessageKey);
        map.set(normalizeSearch(label), code);
      }
    }
    byLabel.set(field, map);
  }
  return map;
}

/** What a pasted text stores in a field. */
export function pasteValue(field: MemberField, text: string): string {
  const labels = labelsOf(field);
  if (labels) {
    const trimmed = text.trim();
    return labels.get(normalizeSearch(trimmed)) ?? trimmed;
  }
  return parseInput(field, text);
}

/** What a pasted text stores in a built-in field or a custom column (`c:<id>`). */
export function pasteCell(doc: OrgDoc, field: CellKey, text: string): string {
  if (!isCustomKey(field)) return pasteValue(field, text);
  const column = doc.columns.get(field.slice(2));
  return column ? customParse(column, text) : text;
}

/** What a copied cell reads as: the text the grid shows (custom columns included). */
export function copyCell(doc: OrgDoc, locale: Locale, field: CellKey, value: string): string {
  if (!isCustomKey(field)) return displayValue(locale, field, value);
  const column = doc.columns.get(field.slice(2));
  return column ? customText(column, value, locale) : value;
}
