// Russian search: case and ё/е ignored, every word must match somewhere in the row.
import { describe, expect, it } from 'vitest';
import { filterText, rowMatches, searchWords } from './search.ts';

describe('search', () => {
  it('normalizes the query into words, ё = е, any case', () => {
    expect(searchWords('  Фёдорова   АННА ')).toEqual(['федорова', 'анна']);
    expect(searchWords('   ')).toEqual([]);
  });
  it('needs every word somewhere in the row text', () => {
    const row = filterText('Федорова Анна Петровна женский 05.03.1990')!;
    expect(rowMatches(searchWords('фёдорова 1990'), row)).toBe(true);
    expect(rowMatches(searchWords('федорова мужской'), row)).toBe(false);
    expect(rowMatches([], row)).toBe(true);
    // AG Grid hands both over upper-cased.
    expect(rowMatches(searchWords('ФЁДОРОВА'), 'ФЁДОРОВА\nАННА')).toBe(true);
  });
  it('column filter text is normalized the same way', () => {
    expect(filterText('Ёлкина')).toBe('елкина');
    expect(filterText(null)).toBeNull();
  });
});
