// Validation of passport fields and the list of what is still missing.
import type { PassportField, PassportRecord } from '../model/passport.ts';
import { PASSPORT_CODECS } from '../cells/passport.ts';
import type { CellContext } from '../cells/codec.ts';
import type { ValidationResult } from '../cells/result.ts';

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

/** A passport field's value judged by its codec (cells/passport.ts). */
export function validatePassportField(
  field: PassportField,
  value: string,
  ctx: CellContext = {},
): ValidationResult {
  return PASSPORT_CODECS[field].validate(value, ctx);
}

export interface PassportCompleteness {
  /** Share of required fields filled with valid values, 0..100, whole number. */
  readonly percent: number;
  readonly missing: readonly PassportField[];
}

export function passportCompleteness(
  passport: PassportRecord,
  ctx: CellContext = {},
): PassportCompleteness {
  const missing = REQUIRED_PASSPORT_FIELDS.filter(
    (f) => passport[f].trim() === '' || !validatePassportField(f, passport[f], ctx).ok,
  );
  const total = REQUIRED_PASSPORT_FIELDS.length;
  return { percent: Math.round(((total - missing.length) / total) * 100), missing };
}
