// Member validation: every field judged, both locales explain a rejection, and a value is
// judged, never changed.
import { describe, expect, it } from 'vitest';
import { MEMBER_FIELDS, emptyMember } from '../model/member.ts';
import type { MemberField, MemberRecord } from '../model/member.ts';
import { validateMember, validateMemberField } from './member.ts';
import type { MemberValidationContext } from './member.ts';

const TODAY = '2025-06-15';
const CTX: MemberValidationContext = { today: TODAY };

interface FieldCases {
  readonly valid: readonly string[];
  /** [value, expected code] */
  readonly invalid: readonly (readonly [string, string])[];
}

const CASES: Record<MemberField, FieldCases> = {
  surname: {
    valid: [
      'Иванова',
      'Петров-Водкин',
      "Д'Артаньян",
      'Д’Артаньян',
      'Ёлкина',
      'Ван Дейк',
      'Smith',
      ' Иванова ',
    ],
    invalid: [
      ['', 'required'],
      ['   ', 'required'],
      ['Иванов2', 'name-chars'],
      ['Иванов!', 'name-chars'],
      ['Иванов--Петров', 'name-chars'],
      ['-Иванов', 'name-chars'],
      ['Иванов  Петров', 'name-chars'],
      ['Я'.repeat(61), 'too-long'],
    ],
  },
  name: {
    valid: ['Анна', 'Анна-Мария', 'Ё', 'Я'.repeat(60)],
    invalid: [
      ['', 'required'],
      ['Анна.', 'name-chars'],
      ['А_нна', 'name-chars'],
    ],
  },
  patronymic: {
    valid: ['', 'Сергеевна', 'Оглы'],
    invalid: [
      ['Сергеевна1', 'name-chars'],
      ['Я'.repeat(61), 'too-long'],
    ],
  },
  birthDate: {
    // age 14..110 at TODAY inclusive
    valid: ['', '1990-06-15', '2011-06-15', '1914-06-16', '2000-02-29'],
    invalid: [
      ['15.06.1990', 'date-format'],
      ['1990-02-30', 'date-none'],
      [' 1990-06-15', 'date-format'],
      ['1899-12-31', 'date-range'],
      ['2025-06-16', 'date-future'],
      ['2011-06-16', 'age-range'],
      ['1914-06-15', 'age-range'],
    ],
  },
  joinedDate: {
    valid: ['', '2020-09-21', TODAY],
    invalid: [
      ['21.09.2020', 'date-format'],
      ['2020-02-30', 'date-none'],
      ['1899-01-01', 'date-range'],
      ['2025-06-16', 'date-future'],
    ],
  },
  gender: {
    valid: ['', 'female', 'male'],
    invalid: [
      ['Ж', 'choice'],
      ['Female', 'choice'],
      ['other', 'choice'],
      [' male', 'choice'],
    ],
  },
  category: {
    valid: ['working', 'student', 'pensioner'],
    invalid: [
      ['', 'required'],
      ['retired', 'choice'],
      ['Working', 'choice'],
    ],
  },
  status: {
    valid: ['active', 'left'],
    invalid: [
      ['', 'required'],
      ['Active', 'choice'],
      ['removed', 'choice'],
    ],
  },
  phone: {
    valid: ['', '  ', '+7 (4722) 33-44-55', '8-920-123-45-67', '12345', '1'.repeat(15)],
    invalid: [
      ['1234', 'phone'],
      ['1'.repeat(16), 'phone'],
      ['+7 920 abc 45 67', 'phone'],
      ['+7 (4722) 33-44-55 доб. 12', 'phone'],
      ['7+9201234567', 'phone'],
    ],
  },
  email: {
    valid: ['', 'name@example.ru', 'ivanova.a@school12.belgorod.ru', 'имя@почта.рф'],
    invalid: [
      ['name@', 'email'],
      ['name@example', 'email'],
      ['name@example.r', 'email'],
      ['name example@x.ru', 'email'],
      ['a@b@c.ru', 'email'],
      [`${'a'.repeat(250)}@x.ru`, 'email'],
    ],
  },
  cardNumber: {
    valid: ['', '0012345', 'AB-123', '9'.repeat(32)],
    invalid: [
      ['ab-123', 'card-format'],
      ['12 34', 'card-format'],
      ['№123', 'card-format'],
      ['9'.repeat(33), 'card-format'],
    ],
  },
  position: {
    valid: ['', 'Учитель математики', 'x'.repeat(200)],
    invalid: [['x'.repeat(201), 'too-long']],
  },
  notes: {
    valid: ['', 'Переведена из школы №5', 'x'.repeat(2000)],
    invalid: [['x'.repeat(2001), 'too-long']],
  },
  consentDate: {
    valid: ['', '2020-09-21', TODAY],
    invalid: [
      ['21.09.2020', 'date-format'],
      ['2020-02-30', 'date-none'],
      ['2099-01-01', 'date-future'],
    ],
  },
  consentForm: {
    valid: ['', 'written', 'electronic'],
    invalid: [
      ['письменно', 'choice'],
      ['Written', 'choice'],
    ],
  },
};

describe('validateMemberField', () => {
  it('has valid and invalid examples for every member field', () => {
    expect(Object.keys(CASES).sort()).toEqual([...MEMBER_FIELDS].sort());
    for (const field of MEMBER_FIELDS) {
      expect(CASES[field].valid.length, field).toBeGreaterThan(0);
      expect(CASES[field].invalid.length, field).toBeGreaterThan(0);
    }
  });

  for (const field of MEMBER_FIELDS) {
    describe(field, () => {
      it.each(CASES[field].valid.map((v) => [v]))('accepts %j', (value) => {
        expect(validateMemberField(field, value, CTX)).toEqual({ ok: true });
      });

      it.each(CASES[field].invalid.map(([v, c]) => [v, c]))(
        'rejects %j with code %s and a reason in both locales',
        (value, code) => {
          const result = validateMemberField(field, value, CTX);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.code).toBe(code);
          expect(result.reason.ru.trim()).not.toBe('');
          expect(result.reason.en.trim()).not.toBe('');
          expect(result.reason.ru).not.toBe(result.reason.en);
        },
      );
    });
  }

  it('without a today in context, skips the future and age checks but keeps format checks', () => {
    expect(validateMemberField('birthDate', '2099-01-01').ok).toBe(true);
    expect(validateMemberField('joinedDate', '2099-01-01').ok).toBe(true);
    expect(validateMemberField('birthDate', '01.01.2000').ok).toBe(false);
  });
});

describe('validateMember', () => {
  const valid: MemberRecord = {
    ...emptyMember('m1'),
    surname: 'Иванова',
    name: 'Анна',
    patronymic: 'Сергеевна',
    birthDate: '1990-03-05',
    gender: 'female',
    category: 'working',
    status: 'active',
  };

  it('a complete valid member has no errors', () => {
    expect(validateMember(valid, CTX)).toEqual({});
  });

  it('an empty member lacks exactly the required fields: surname, name, category, status', () => {
    const errors = validateMember(emptyMember('m2'), CTX);
    expect(Object.keys(errors).sort()).toEqual(['category', 'name', 'status', 'surname']);
    for (const e of Object.values(errors)) expect(e.code).toBe('required');
  });

  it('reports every invalid field keyed by field, and never the id', () => {
    const errors = validateMember(
      { ...valid, id: '!!!', birthDate: '31.02.2020', email: 'x@' },
      CTX,
    );
    expect(Object.keys(errors).sort()).toEqual(['birthDate', 'email']);
  });

  it('validates the known fields only: extra keys a grid row carries neither throw nor appear', () => {
    const row = { ...valid, _rowIndex: '3', selected: 'x' } as MemberRecord;
    expect(validateMember(row, CTX)).toEqual({});
  });

  it('judges a value, never changes it: the record is left as given', () => {
    const member = Object.freeze({ ...valid, surname: ' Иванова2 ', birthDate: '31.02.2020' });
    const copy = { ...member };
    validateMember(member, CTX);
    for (const field of MEMBER_FIELDS) validateMemberField(field, member[field], CTX);
    expect(member).toEqual(copy);
  });
});
