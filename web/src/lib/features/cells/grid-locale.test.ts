// The grid speaks Russian to the end: every text the AG Grid community bundle can ask
// for by key has a Russian text, and placeholders are filled.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { AG_GRID_LOCALE_EN } from '@ag-grid-community/locale';
import { AG_GRID_LOCALE_RU } from './grid-locale-ru.ts';
import { gridText } from './grid-locale.ts';

const require = createRequire(import.meta.url);

describe('AG Grid in Russian', () => {
  it('has a Russian text for every key the community bundle refers to', () => {
    const bundle = readFileSync(require.resolve('ag-grid-community'), 'utf8');
    // Every quoted word of the bundle, read once (a search per key took 10 s under load).
    const quoted = new Set(Array.from(bundle.matchAll(/["'](\w+)["']/g), (m) => m[1]));
    const used = Object.keys(AG_GRID_LOCALE_EN).filter((k) => quoted.has(k));
    expect(used.length).toBeGreaterThan(150);
    const missing = used.filter((k) => !(k in AG_GRID_LOCALE_RU));
    expect(missing).toEqual([]);
  });

  it('fills placeholders in order and keeps English in the English UI', () => {
    expect(gridText('ru', 'noMatchingRows', 'No Matching Rows')).toBe('Ничего не найдено');
    expect(gridText('ru', 'ariaRowIndex', 'Row ${variable}', ['12'])).toBe('Строка 12');
    expect(gridText('en', 'noMatchingRows', 'No Matching Rows')).toBe('No Matching Rows');
    // Dates are ДД.ММ.ГГГГ in both languages: so is the date filter's placeholder,
    // in capitals as the forms' hints (common.datePlaceholder).
    expect(gridText('en', 'dateFormatOoo', 'yyyy-mm-dd')).toBe('DD.MM.YYYY');
  });
});
