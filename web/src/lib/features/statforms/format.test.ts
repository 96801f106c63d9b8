import { describe, expect, it } from 'vitest';
import { formatMoment, formatValue } from './format.ts';

// Intl's Russian grouping is a no-break space.
const nb = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

describe('form figures', () => {
  it('numbers like 15 272, percentages with one decimal, a dash for none — in both locales', () => {
    expect(nb(formatValue(15272, false, 'ru'))).toBe('15 272');
    expect(formatValue(79.66, true, 'ru')).toBe('79,7');
    expect(formatValue(79.66, true, 'en')).toBe('79.7');
    expect(formatValue(15272, false, 'en')).toBe('15,272');
    expect(formatValue(null, false, 'ru')).toBe('—');
    // Formatters are kept per locale and kind: a later call keeps its own digits.
    expect(nb(formatValue(15272, false, 'ru'))).toBe('15 272');
  });

  it('moments as ДД.ММ.ГГГГ, ЧЧ:ММ; none as empty', () => {
    expect(formatMoment('2027-01-10T09:05:00Z', 'ru')).toMatch(/^10\.01\.2027, \d\d:\d5$/);
    expect(formatMoment(null, 'ru')).toBe('');
    expect(formatMoment('not a time', 'ru')).toBe('');
    // The same as Intl's short date and time, without building its formatter.
    const at = '2027-03-04T17:45:00Z';
    const intl = (tag: string) =>
      new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(at));
    expect(formatMoment(at, 'ru')).toBe(intl('ru-RU'));
    expect(formatMoment(at, 'en')).toBe(intl('en-GB'));
  });
});
