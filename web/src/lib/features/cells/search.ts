// Quick search and column filters in Russian: case-insensitive, ё = е, over what the grid
// SHOWS (choice labels, dates ДД.ММ.ГГГГ), so «женский» or «05.03.1990» find rows. Every
// word of the query must occur somewhere in the row (any column).
import { normalizeSearch } from '@profgrid/core';

/** Query → normalized words (AG Grid `quickFilterParser`). */
export function searchWords(query: string): string[] {
  const text = normalizeSearch(query);
  return text === '' ? [] : text.split(' ');
}

/** AG Grid `quickFilterMatcher`. AG Grid upper-cases the row text (and the query before
 * `searchWords`), so both are normalized here again. */
export function rowMatches(words: readonly string[], rowText: string): boolean {
  if (words.length === 0) return true;
  const text = rowText.toLowerCase().replaceAll('ё', 'е');
  return words.every((w) => text.includes(w));
}

/** Text filter `textFormatter`: both the cell and the typed filter are normalized. */
export function filterText(from?: string | null): string | null {
  return from == null ? null : normalizeSearch(from);
}
