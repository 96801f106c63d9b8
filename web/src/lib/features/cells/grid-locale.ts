// AG Grid's texts in the UI's locale: Russian from our map (grid-locale-ru.ts), English
// as AG Grid ships it but for the date format, which is the app's own ДД.ММ.ГГГГ in both
// languages (dates are shown and typed that way). Given to the grid as `getLocaleText`, so a locale switch needs no
// new grid; `${variable}` placeholders are filled in order, as AG Grid does.
import type { Locale } from '@profgrid/core';
import { AG_GRID_LOCALE_RU } from './grid-locale-ru.ts';

const RU: Readonly<Record<string, string>> = AG_GRID_LOCALE_RU;
const EN: Readonly<Record<string, string>> = { dateFormatOoo: 'DD.MM.YYYY' };

export function gridText(
  locale: Locale,
  key: string,
  defaultValue: string,
  variables?: readonly string[],
): string {
  const text = (locale === 'ru' ? RU : EN)[key] ?? defaultValue;
  if (!variables || variables.length === 0) return text;
  let i = 0;
  return text.replace(/\$\{variable\}/g, () => variables[i++] ?? '');
}
