// Numbers on forms: 15 272 (Russian grouping), percentages with one decimal; '—' for none.
// The number formatters are made once per locale and kind: building one costs far more
// than formatting with it, and a committee's form formats a figure on every row. Moments
// are put together by hand: the first Intl.DateTimeFormat of a tab (time zone data) cost
// tens of milliseconds of the form's first paint.
import type { Locale } from '@profgrid/core';

const tag = (locale: Locale) => (locale === 'ru' ? 'ru-RU' : 'en-GB');
const numbers = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, percent: boolean): Intl.NumberFormat {
  const key = `${locale}:${percent ? 1 : 0}`;
  let f = numbers.get(key);
  if (!f) {
    const digits = percent ? 1 : 0;
    f = new Intl.NumberFormat(tag(locale), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    numbers.set(key, f);
  }
  return f;
}

export function formatValue(value: number | null, percent: boolean, locale: Locale): string {
  return value === null ? '—' : numberFormat(locale, percent).format(value);
}

const two = (n: number) => String(n).padStart(2, '0');

/** An ISO timestamp as ДД.ММ.ГГГГ, ЧЧ:ММ in the browser's zone (ДД/ММ/ГГГГ in English). */
export function formatMoment(iso: string | null, locale: Locale): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const sep = locale === 'ru' ? '.' : '/';
  const date = [two(d.getDate()), two(d.getMonth() + 1), String(d.getFullYear())].join(sep);
  return `${date}, ${two(d.getHours())}:${two(d.getMinutes())}`;
}
