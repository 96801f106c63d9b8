// Passport validation and completeness (R4, R9): what counts as filled, and the percent
// the committee's monitoring shows.
import { describe, expect, it } from 'vitest';
import { PASSPORT_FIELDS, emptyPassport } from '../model/passport.ts';
import type { PassportField, PassportRecord } from '../model/passport.ts';
import {
  REQUIRED_PASSPORT_FIELDS,
  passportCompleteness,
  validatePassportField,
} from './passport.ts';

const COMPLETE: PassportRecord = {
  ...emptyPassport(),
  fullName: 'МБОУ «Средняя общеобразовательная школа №12» г. Белгорода',
  address: 'г. Белгород, ул. Победы, 1',
  phone: '+7 (4722) 33-44-55',
  headName: 'Петрова Мария Ивановна',
  workersCount: '85',
  chairName: 'Иванова Анна Сергеевна',
  chairPhone: '8-920-123-45-67',
  chairGender: 'female',
  chairBirthDate: '1988-03-15',
  chairFullTime: 'no',
  electedBodySize: '7',
};

function expectInvalid(field: PassportField, value: string, code: string): void {
  const result = validatePassportField(field, value);
  expect(result.ok, `${field}=${JSON.stringify(value)}`).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe(code);
  expect(result.reason.ru.trim()).not.toBe('');
  expect(result.reason.en.trim()).not.toBe('');
}

describe('validatePassportField', () => {
  it('every field accepts empty (completeness, not validation, asks for required ones)', () => {
    for (const field of PASSPORT_FIELDS)
      expect(validatePassportField(field, '').ok, field).toBe(true);
  });

  it('workersCount is a whole non-negative number of up to 6 digits', () => {
    for (const v of ['0', '85', '999999', ' 85 '])
      expect(validatePassportField('workersCount', v).ok, v).toBe(true);
    for (const v of ['-1', '8.5', '85 человек', '1000000', 'сто'])
      expectInvalid('workersCount', v, 'count');
  });

  it('phones and e-mails use the shared contact rules', () => {
    expect(validatePassportField('phone', '+7 (4722) 33-44-55').ok).toBe(true);
    expect(validatePassportField('chairPhone', '8 920 123 45 67').ok).toBe(true);
    expectInvalid('phone', '33-44', 'phone');
    expectInvalid('chairPhone', 'нет', 'phone');
    expect(validatePassportField('email', 'school12@belgorod.ru').ok).toBe(true);
    expectInvalid('email', 'school12', 'email');
    expectInvalid('chairEmail', 'a@b', 'email');
  });

  it('the chair’s gender is female or male, full-time status yes or no (stored codes)', () => {
    for (const v of ['female', 'male'])
      expect(validatePassportField('chairGender', v).ok).toBe(true);
    for (const v of ['yes', 'no']) expect(validatePassportField('chairFullTime', v).ok).toBe(true);
    expectInvalid('chairGender', 'ж', 'choice');
    expectInvalid('chairGender', 'Female', 'choice');
    expectInvalid('chairFullTime', 'да', 'choice');
  });

  it('the chair’s birth date is a real ISO date from 1900 on', () => {
    for (const v of ['1988-03-15', '2000-02-29', '1900-01-01'])
      expect(validatePassportField('chairBirthDate', v).ok, v).toBe(true);
    expectInvalid('chairBirthDate', '15.03.1988', 'date-format');
    expectInvalid('chairBirthDate', '2001-02-29', 'date-none');
    expectInvalid('chairBirthDate', 'весна', 'date-format');
    expectInvalid('chairBirthDate', '1899-12-31', 'date-range');
  });

  it('electedBodySize is a whole non-negative number like workersCount', () => {
    for (const v of ['0', '7', ' 12 '])
      expect(validatePassportField('electedBodySize', v).ok, v).toBe(true);
    for (const v of ['-1', '7.5', 'семь', '1000000']) expectInvalid('electedBodySize', v, 'count');
  });

  it('institutionType is one of the listed types', () => {
    expect(validatePassportField('institutionType', 'school').ok).toBe(true);
    expectInvalid('institutionType', 'школа', 'choice');
  });

  it('free-text fields are at most 500 characters', () => {
    for (const field of [
      'fullName',
      'shortName',
      'address',
      'headName',
      'chairName',
      'deputies',
      'electedBody',
    ] as const) {
      expect(validatePassportField(field, 'x'.repeat(500)).ok, field).toBe(true);
      expectInvalid(field, 'x'.repeat(501), 'too-long');
    }
  });
});

describe('passportCompleteness', () => {
  it('an empty passport is 0% and misses every required field', () => {
    const c = passportCompleteness(emptyPassport());
    expect(c.percent).toBe(0);
    expect(c.missing).toEqual(REQUIRED_PASSPORT_FIELDS);
  });

  it('a passport with every required field valid is 100% and misses nothing', () => {
    expect(passportCompleteness(COMPLETE)).toEqual({ percent: 100, missing: [] });
  });

  it('optional fields do not count', () => {
    const c = passportCompleteness({
      ...emptyPassport(),
      email: 'a@b.ru',
      shortName: 'СОШ 12',
      deputies: 'x',
    });
    expect(c.percent).toBe(0);
  });

  it('a required field filled with an invalid value or only spaces is missing', () => {
    const c = passportCompleteness({
      ...COMPLETE,
      workersCount: 'много',
      chairName: '   ',
      chairBirthDate: '15.03.1988',
      electedBodySize: '-3',
    });
    expect(c.missing).toEqual(['workersCount', 'chairName', 'chairBirthDate', 'electedBodySize']);
    // 7 of 11 = 63.6 → 64
    expect(c.percent).toBe(64);
  });

  it('percent is a whole number rounded from filled / required', () => {
    const total = REQUIRED_PASSPORT_FIELDS.length;
    for (let k = 0; k <= total; k++) {
      const p: Record<string, string> = { ...emptyPassport() };
      for (const f of REQUIRED_PASSPORT_FIELDS.slice(0, k)) p[f] = COMPLETE[f];
      const c = passportCompleteness(p as PassportRecord);
      expect(c.percent).toBe(Math.round((k / total) * 100));
      expect(Number.isInteger(c.percent)).toBe(true);
      expect(c.missing).toEqual(REQUIRED_PASSPORT_FIELDS.slice(k));
    }
  });

  it('workersCount and electedBodySize of 0 are filled (valid answers)', () => {
    expect(passportCompleteness({ ...COMPLETE, workersCount: '0' }).percent).toBe(100);
    expect(passportCompleteness({ ...COMPLETE, electedBodySize: '0' }).percent).toBe(100);
  });

  it('the chair’s gender, birth date, full-time status and the elected body are required', () => {
    const c = passportCompleteness({
      ...COMPLETE,
      chairGender: '',
      chairBirthDate: '',
      chairFullTime: '',
      electedBodySize: '',
    });
    expect(c.missing).toEqual([
      'chairGender',
      'chairBirthDate',
      'chairFullTime',
      'electedBodySize',
    ]);
  });
});
