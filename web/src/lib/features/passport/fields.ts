// Which passport fields each passport tab shows, how each is edited, and which are
// required (core decides). Choice fields store core's codes ('female', 'yes'…) and show
// the labels of core's choices (cells/choices.ts, the one source); the chair's birth date is stored ISO and typed/shown as ДД.ММ.ГГГГ.
import {
  CHAIR_FULL_TIME_CHOICES,
  GENDER_CHOICES,
  INSTITUTION_CHOICES,
  REQUIRED_PASSPORT_FIELDS,
} from '@profgrid/core';
import type { Choice, PassportField, Text } from '@profgrid/core';

export const ADDRESS_FIELDS: readonly PassportField[] = [
  'address',
  'phone',
  'email',
  'chairPhone',
  'chairEmail',
];

export const ORGANIZATION_FIELDS: readonly PassportField[] = [
  'fullName',
  'shortName',
  'institutionType',
  'headName',
  'workersCount',
  'chairName',
  'chairGender',
  'chairBirthDate',
  'chairFullTime',
  'deputies',
  'electedBody',
  'electedBodySize',
];

export interface PassportChoice {
  readonly value: string;
  readonly label: Text;
}

const options = (choices: readonly Choice[]): readonly PassportChoice[] =>
  choices.map((c) => ({ value: c.code, label: c.label }));

const CHOICES: Partial<Record<PassportField, readonly PassportChoice[]>> = {
  institutionType: options(INSTITUTION_CHOICES),
  chairGender: options(GENDER_CHOICES),
  chairFullTime: options(CHAIR_FULL_TIME_CHOICES),
};

/** The options of a field edited with a list; null for a typed field. */
export function passportChoices(field: PassportField): readonly PassportChoice[] | null {
  return CHOICES[field] ?? null;
}

export function isDateField(field: PassportField): boolean {
  return field === 'chairBirthDate';
}

export function isRequired(field: PassportField): boolean {
  return REQUIRED_PASSPORT_FIELDS.includes(field);
}
