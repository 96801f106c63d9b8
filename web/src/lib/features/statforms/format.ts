// Numbers on forms: 15 272 (Russian grouping), percentages with one decimal; '—' for none.
import type { Locale } from '@profgrid/core';

export function formatValue(value: number | null, percent: boolean, locale: Locale): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
    minimumFractionDigits: percent ? 1 : 0,
    maximumFractionDigits: percent ? 1 : 0,
  }).format(value);
}

/** An ISO timestamp as ДД.ММ.ГГГГ ЧЧ:ММ in the browser's zone. */
export function formatMoment(iso: string | null, locale: Locale): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
}
