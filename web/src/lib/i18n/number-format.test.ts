import { describe, expect, it } from 'vitest';
import { formatNumberIn, formatPercentIn } from './format.ts';

// What the interface's numbers must equal: Intl's own output for the same options.
const formats = new Map<string, Intl.NumberFormat>();
function intl(locale: 'ru' | 'en', digits: number, minDigits: number, percent: boolean) {
  const key = `${locale}${digits}${minDigits}${percent}`;
  const made =
    formats.get(key) ??
    new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
      style: percent ? 'percent' : 'decimal',
      minimumFractionDigits: minDigits,
      maximumFractionDigits: digits,
    });
  formats.set(key, made);
  return made;
}

// Counts, shares and the ties and carries where rounding goes wrong by hand.
const VALUES = [
  0,
  -0,
  1,
  7,
  12,
  999,
  1000,
  1234,
  9999,
  15272,
  99999.5,
  104304,
  1234567,
  987654321,
  2 ** 53,
  1e20,
  0.5,
  1.5,
  2.5,
  1.005,
  1.015,
  2.675,
  0.125,
  0.995,
  9.995,
  99.995,
  79.66,
  42.55,
  86.59,
  83.8,
  66.666,
  0.001,
  0.0049,
  0.05,
  1 / 3,
  2 / 3,
  100,
  99.999,
  7.5,
  0.1 + 0.2,
  -1,
  -0.001,
  -0.5,
  -1234.5,
  -99.995,
  1e-7,
  1e21,
  123e-20,
  Infinity,
  -Infinity,
  NaN,
];

function randomValues(n: number): number[] {
  let seed = 20261205;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const scale = 10 ** Math.floor(next() * 9 - 2);
    // whole numbers, random doubles and values of few decimals (ties are common there)
    out.push(
      Math.round(next() * scale),
      next() * scale,
      Math.round(next() * 100000) / 1000,
      -Math.round(next() * 10000) / 100,
    );
  }
  return out;
}

describe('numbers written by hand as Intl writes them', () => {
  const options: [number, number][] = [
    [0, 0],
    [1, 1],
    [2, 2],
    [2, 0],
    [1, 0],
    [3, 1],
  ];
  for (const locale of ['ru', 'en'] as const) {
    it(`equals Intl.NumberFormat in ${locale} for counts, shares, ties and carries`, () => {
      for (const value of [...VALUES, ...randomValues(400)]) {
        for (const [digits, minDigits] of options) {
          expect(
            formatNumberIn(locale, value, digits, minDigits),
            `${value} ${digits}/${minDigits}`,
          ).toBe(intl(locale, digits, minDigits, false).format(value));
          expect(
            formatNumberIn(locale, value, digits, minDigits, 'percent'),
            `${value}% ${digits}/${minDigits}`,
          ).toBe(intl(locale, digits, minDigits, true).format(value / 100));
        }
        expect(formatPercentIn(locale, value)).toBe(intl(locale, 2, 0, true).format(value / 100));
      }
    });
  }

  it('writes the Russian groups and percent sign with no-break spaces', () => {
    expect(formatNumberIn('ru', 15272)).toBe('15\u00a0272');
    expect(formatPercentIn('ru', 42.55)).toBe('42,55\u00a0%');
    expect(formatNumberIn('en', 1234.5, 2)).toBe('1,234.50');
  });
});
