// Validation of passport fields and the list of what is still missing.
import { YES_NO } from '../model/custom-column.ts';
import { GENDERS } from '../model/member.ts';
import { INSTITUTION_TYPES } from '../model/organization.ts';
import type { PassportField, PassportRecord } from '../model/passport.ts';
import { checkEmail, checkPhone } from './contacts.ts';
import { isIsoDate } from './dates.ts';
import { VALID, invalid } from './result.ts';
import type { ValidationResult } from './result.ts';

/** Fields a complete passport must have (R9 monitoring counts these). */
export const REQUIRED_PASSPORT_FIELDS: readonly PassportField[] = [
  'fullName',
  'address',
  'phone',
  'headName',
  'workersCount',
  'chairName',
  'chairPhone',
  'chairGender',
  'chairBirthDate',
  'chairFullTime',
  'electedBodySize',
];

const COUNT = /^\d{1,6}$/;

function checkChoice(value: string, allowed: readonly string[]): ValidationResult {
  return value === '' || allowed.includes(value)
    ? VALID
    : invalid('choice', 'Выберите значение из списка', 'Choose a value from the list');
}

export function validatePassportField(field: PassportField, value: string): ValidationResult {
  switch (field) {
    case 'workersCount':
    case 'electedBodySize':
      if (value.trim() === '') return VALID;
      return COUNT.test(value.trim())
        ? VALID
        : invalid('count', 'Целое неотрицательное число', 'A whole non-negative number');
    case 'chairBirthDate':
      if (value === '') return VALID;
      if (!isIsoDate(value))
        return invalid('date-format', 'Дата в формате ДД.ММ.ГГГГ', 'Date as DD.MM.YYYY');
      return value < '1900-01-01'
        ? invalid('date-range', 'Дата не ранее 1900 года', 'Date not before 1900')
        : VALID;
    case 'chairGender':
      return checkChoice(value, GENDERS);
    case 'chairFullTime':
      return checkChoice(value, YES_NO);
    case 'phone':
    case 'chairPhone':
      return checkPhone(value);
    case 'email':
    case 'chairEmail':
      return checkEmail(value);
    case 'institutionType':
      return checkChoice(value, INSTITUTION_TYPES);
    default:
      return value.length <= 500
        ? VALID
        : invalid('too-long', 'Не длиннее 500 знаков', 'At most 500 characters');
  }
}

export interface PassportCompleteness {
  /** Share of required fields filled with valid values, 0..100, whole number. */
  readonly percent: number;
  readonly missing: readonly PassportField[];
}

export function passportCompleteness(passport: PassportRecord): PassportCompleteness {
  const missing = REQUIRED_PASSPORT_FIELDS.filter(
    (f) => passport[f].trim() === '' || !validatePassportField(f, passport[f]).ok,
  );
  const total = REQUIRED_PASSPORT_FIELDS.length;
  return { percent: Math.round(((total - missing.length) / total) * 100), missing };
}
