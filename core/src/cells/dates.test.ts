// Dates: users type ДД.ММ.ГГГГ, the document stores ISO; anything unrecognizable is kept
// exactly as typed so validation can flag it.
import { describe, expect, it } from 'vitest';
import { ageAt, formatRuDate, isIsoDate, normalizeDateInput } from './dates.ts';

describe('isIsoDate', () => {
  it('accepts real calendar dates in YYYY-MM-DD', () => {
    for (const d of ['2020-01-01', '2020-02-29', '2000-02-29', '1999-12-31', '2021-04-30']) {
      expect(isIsoDate(d), d).toBe(true);
    }
  });

  it('rejects impossible days, months and non-leap 29 February', () => {
    for (const d of [
      '2020-02-30',
      '2021-02-29',
      '1900-02-29',
      '2021-04-31',
      '2021-13-01',
      '2021-00-10',
      '2021-01-00',
    ]) {
      expect(isIsoDate(d), d).toBe(false);
    }
  });

  it('rejects other shapes: ДД.ММ.ГГГГ, short parts, surrounding spaces', () => {
    for (const d of ['01.01.2020', '2020-1-1', ' 2020-01-01', '2020-01-01 ', '', '20200101']) {
      expect(isIsoDate(d), d).toBe(false);
    }
  });

  it('knows leap years of the first century too (year 0 is leap, unlike 1900)', () => {
    expect(isIsoDate('0000-02-29')).toBe(true);
    expect(isIsoDate('0100-02-29')).toBe(false);
    expect(isIsoDate('0004-02-29')).toBe(true);
  });
});

describe('normalizeDateInput', () => {
  it('turns ДД.ММ.ГГГГ into ISO', () => {
    expect(normalizeDateInput('05.03.1985')).toBe('1985-03-05');
    expect(normalizeDateInput('29.02.2020')).toBe('2020-02-29');
  });

  it('turns Д.М.ГГГГ into ISO with padded parts', () => {
    expect(normalizeDateInput('5.3.1985')).toBe('1985-03-05');
    expect(normalizeDateInput('1.12.2001')).toBe('2001-12-01');
  });

  it('accepts ISO as it is, and trims spaces around a recognized date', () => {
    expect(normalizeDateInput('1985-03-05')).toBe('1985-03-05');
    expect(normalizeDateInput('  05.03.1985 ')).toBe('1985-03-05');
    expect(normalizeDateInput(' 1985-03-05 ')).toBe('1985-03-05');
  });

  it('rejects 31.02.2020 and returns the input trimmed', () => {
    expect(normalizeDateInput('31.02.2020')).toBe('31.02.2020');
    expect(normalizeDateInput(' 31.02.2020 ')).toBe('31.02.2020');
    expect(normalizeDateInput('29.02.2021')).toBe('29.02.2021');
  });

  it('returns an impossible ISO date trimmed', () => {
    expect(normalizeDateInput(' 2020-02-31 ')).toBe('2020-02-31');
    expect(normalizeDateInput('2020-13-01')).toBe('2020-13-01');
  });

  it('returns text that is not a date unchanged', () => {
    for (const s of ['', 'вчера', '1985', '05.03.85', '5 марта 1985', '05..03.1985']) {
      expect(normalizeDateInput(s), s).toBe(s);
    }
  });

  it('always gives either a real ISO date or exactly the input', () => {
    for (const s of ['00.00.2000', '32.01.2000', '1.13.2000', '31.04.2000', '30.04.2000']) {
      const out = normalizeDateInput(s);
      expect(out === s || isIsoDate(out), s).toBe(true);
    }
  });
});

describe('formatRuDate', () => {
  it('shows ISO as ДД.ММ.ГГГГ', () => {
    expect(formatRuDate('1985-03-05')).toBe('05.03.1985');
  });

  it('returns anything else as it is', () => {
    for (const s of ['', '31.02.2020', 'abc', '2020-1-1']) expect(formatRuDate(s)).toBe(s);
  });

  it('round-trips with normalizeDateInput for real dates', () => {
    for (const iso of ['2000-02-29', '1999-12-31', '2024-01-01']) {
      expect(normalizeDateInput(formatRuDate(iso))).toBe(iso);
    }
  });
});

describe('ageAt', () => {
  it('counts full years: one day before the birthday is still the younger age', () => {
    expect(ageAt('1990-06-15', '2025-06-14')).toBe(34);
    expect(ageAt('1990-06-15', '2025-06-15')).toBe(35);
    expect(ageAt('1990-06-15', '2025-06-16')).toBe(35);
  });

  it('handles month boundaries (birthday later in the year)', () => {
    expect(ageAt('1990-12-31', '2025-01-01')).toBe(34);
    expect(ageAt('1990-01-01', '2025-12-31')).toBe(35);
  });

  it('born on 29 February: a year older on 1 March in non-leap years, on 29 February in leap years', () => {
    expect(ageAt('2000-02-29', '2001-02-28')).toBe(0);
    expect(ageAt('2000-02-29', '2001-03-01')).toBe(1);
    expect(ageAt('2000-02-29', '2004-02-28')).toBe(3);
    expect(ageAt('2000-02-29', '2004-02-29')).toBe(4);
  });

  it('a reference date of 29 February counts birthdays on 28 February and 1 March correctly', () => {
    expect(ageAt('1990-02-28', '2024-02-29')).toBe(34);
    expect(ageAt('1990-03-01', '2024-02-29')).toBe(33);
  });

  it('is 0 on the day of birth and negative before it', () => {
    expect(ageAt('2020-05-05', '2020-05-05')).toBe(0);
    expect(ageAt('2020-05-05', '2020-05-04')).toBe(-1);
  });

  it('is null when either date is missing or invalid', () => {
    expect(ageAt('', '2020-01-01')).toBeNull();
    expect(ageAt('05.03.1985', '2020-01-01')).toBeNull();
    expect(ageAt('1985-02-30', '2020-01-01')).toBeNull();
    expect(ageAt('1985-03-05', '')).toBeNull();
    expect(ageAt('1985-03-05', '2021-02-29')).toBeNull();
  });
});
