// Validation of passport fields and the list of what is still missing.
import { INSTITUTION_TYPES } from '../model/organization.ts';
import type { PassportField, PassportRecord } from '../model/passport.ts';
import { checkEmail, checkPhone } from './contacts.ts';
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
];

export function validatePassportField(field: PassportField, value: string): ValidationResult {
  switch (field) {
    case 'workersCount':
      if (value.trim() === '') return VALID;
      return /^\d{1,6}$/.test(value.trim())
        ? VALID
        : invalid('count', 'Целое неотрицательное число', 'A whole non-negative number');
    case 'phone':
    case 'chairPhone':
      return checkPhone(value);
    case 'email':
    case 'chairEmail':
      return checkEmail(value);
    case 'institutionType':
      return value === '' || (INSTITUTION_TYPES as readonly string[]).includes(value)
        ? VALID
        : invalid('choice', 'Выберите значение из списка', 'Choose a value from the list');
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
