// Numbers on forms in the locale's way (i18n's one number format): 15 272, percentages with
// one decimal; '—' for none. Moments
// are put together by hand: the first Intl.DateTimeFormat of a tab (time zone data) cost
// tens of milliseconds of the form's first paint.
import type { Locale } from '@profgrid/core';
import { formatNumberIn } from '../../i18n/format.ts';

export function formatValue(value: number | null, percent: boolean, locale: Locale): string {
  return value === null ? '—' : formatNumberIn(locale, value, percent ? 1 : 0);
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
