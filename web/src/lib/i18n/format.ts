// Pure message lookup and interpolation, independent of Svelte so it is unit-tested and
// usable from plain .ts modules (grid column definitions).
import { formatCount } from '@profgrid/core';
import type { Locale } from '@profgrid/core';
import { ru } from './dictionary.ts';
import { writeNumber } from './number-format.ts';
import type { MessageKey } from './dictionary.ts';

// Russian is always here; another locale's strings once loadDictionary has brought them.
const DICTIONARIES: Partial<Record<Locale, Record<MessageKey, string>>> = { ru };

/** Loads a locale's strings (English: its own chunk, fetched the first time it is asked). */
export async function loadDictionary(locale: Locale): Promise<void> {
  if (DICTIONARIES[locale]) return;
  DICTIONARIES[locale] = (await import('./en.ts')).en;
}

/** Whether the locale's strings are here (else translate answers in Russian). */
export function hasDictionary(locale: Locale): boolean {
  return DICTIONARIES[locale] !== undefined;
}

export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const own = DICTIONARIES[locale]?.[key];
  const text = own ?? ru[key] ?? key;
  // Whole numbers in the language of the sentence: «15 272» (core's format, four digits
  // whole) in Russian, «15,272» in English. Codes and years are passed as strings.
  const english = own !== undefined && locale === 'en';
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    if (typeof value !== 'number' || !Number.isInteger(value)) return String(value);
    return english ? formatNumberIn('en', value) : formatCount(value);
  });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The one number format of the interface, in the locale's way: «15 272», «42,55 %» in
 * Russian, «15,272», «42.55%» in English. `digits` decimals at most (at least `minDigits`).
 * Written by hand as Intl writes it (number-format.ts: a tab's first Intl.NumberFormat costs
 * tens of milliseconds of the first paint); Intl itself, made once per locale and kind, only
 * for what is not a plain decimal (∞, 1e21).
 */
export function formatNumberIn(
  locale: Locale,
  value: number,
  digits = 0,
  minDigits = digits,
  style: 'decimal' | 'percent' = 'decimal',
): string {
  const share = style === 'percent' ? value / 100 : value;
  const written = writeNumber(locale, share, digits, minDigits, style === 'percent');
  if (written !== null) return written;
  const key = `${locale}:${digits}:${minDigits}:${style}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
      style,
      minimumFractionDigits: minDigits,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, f);
  }
  return f.format(share);
}

/** 42.55 → «42,55 %» (ru), «42.55%» (en); up to `digits` decimals, trailing zeros dropped. */
export function formatPercentIn(locale: Locale, percent: number, digits = 2): string {
  return formatNumberIn(locale, percent, digits, 0, 'percent');
}

/** Russian plural form picker: one (1, 21), few (2–4, 22–24), many (0, 5–20, 25…). */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export function isLocale(value: unknown): value is Locale {
  return value === 'ru' || value === 'en';
}
