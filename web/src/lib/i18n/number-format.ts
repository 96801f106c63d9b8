// Numbers written the way Intl.NumberFormat('ru-RU' | 'en-GB') writes them, without it:
// a tab's first Intl.NumberFormat loads the browser's number data (35–230 ms of the
// dashboard's first render in Chromium, on every new tab), and the first paint of a
// dashboard is mostly numbers. The output is Intl's to the character (tests compare them):
// the number's shortest decimal form (as ICU takes a double), rounded half away from zero,
// groups of three («15 272» with a no-break space in Russian, «15,272» in English).
import type { Locale } from '@profgrid/core';

interface Marks {
  readonly group: string;
  readonly decimal: string;
  readonly percent: string;
}

const MARKS: Record<Locale, Marks> = {
  ru: { group: '\u00a0', decimal: ',', percent: '\u00a0%' },
  en: { group: ',', decimal: '.', percent: '%' },
};

/** `digits` of a plain decimal («1234.5», no sign, no exponent), rounded half up at `max` decimals. */
function rounded(text: string, max: number): [whole: string, fraction: string] {
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? '' : text.slice(dot + 1);
  if (fraction.length <= max) return [whole, fraction];
  const kept = whole + fraction.slice(0, max);
  if (fraction.charCodeAt(max) < 53 /* '5' */) return [whole, fraction.slice(0, max)];
  // one unit more in the last kept place, carried left through the nines
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === '9') i--;
  const up =
    (i < 0 ? '1' : kept.slice(0, i) + String(Number(kept[i]) + 1)) +
    '0'.repeat(kept.length - 1 - i);
  return [up.slice(0, up.length - max), up.slice(up.length - max)];
}

/** A plain decimal's point moved two places right (a share as a percentage). */
function timesHundred(text: string): string {
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = (dot < 0 ? '' : text.slice(dot + 1)).padEnd(2, '0');
  const digits = (whole + fraction.slice(0, 2)).replace(/^0+(?=\d)/, '');
  return fraction.length > 2 ? `${digits}.${fraction.slice(2)}` : digits;
}

const grouped = (whole: string, group: string) => whole.replace(/\B(?=(\d{3})+$)/g, group);

/**
 * `value` with at most `digits` decimals (at least `minDigits`); a percentage when `percent`
 * (`value` is then the share, 0.4255 → «42,55 %»). Null when Intl is needed after all
 * (not finite, or too large or small for a plain decimal).
 */
export function writeNumber(
  locale: Locale,
  value: number,
  digits: number,
  minDigits: number,
  percent: boolean,
): string | null {
  if (!Number.isFinite(value)) return null;
  const negative = value < 0 || Object.is(value, -0);
  const text = String(Math.abs(value));
  if (text.includes('e')) return null;
  const [whole, fraction] = rounded(percent ? timesHundred(text) : text, digits);
  let shown = fraction;
  while (shown.length > minDigits && shown.endsWith('0')) shown = shown.slice(0, -1);
  shown = shown.padEnd(minDigits, '0');
  const marks = MARKS[locale];
  const number = grouped(whole, marks.group) + (shown ? marks.decimal + shown : '');
  return (negative ? '-' : '') + number + (percent ? marks.percent : '');
}
