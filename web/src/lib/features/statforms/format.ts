// Numbers on forms: 15 272 (Russian grouping), percentages with one decimal; '—' for none.
// The Intl formatters are made once per locale and kind: building one costs far more than
// formatting with it, and a committee's form formats a figure or a time on every row.
import type { Locale } from '@profgrid/core';

const tag = (locale: Locale) => (locale === 'ru' ? 'ru-RU' : 'en-GB');
const numbers = new Map<string, Intl.NumberFormat>();
const moments = new Map<Locale, Intl.DateTimeFormat>();

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

/** An ISO timestamp as ДД.ММ.ГГГГ ЧЧ:ММ in the browser's zone. */
export function formatMoment(iso: string | null, locale: Locale): string {
  if (!iso) return '';
  let f = moments.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(tag(locale), { dateStyle: 'short', timeStyle: 'short' });
    moments.set(locale, f);
  }
  return f.format(new Date(iso));
}
