// Which passport fields each passport tab shows, how each is edited, and which are
// required (core decides). Choice fields store core's codes ('female', 'yes'…) and show
// labels; the chair's birth date is stored ISO and typed/shown as ДД.ММ.ГГГГ.
import { GENDERS, INSTITUTION_TYPES, REQUIRED_PASSPORT_FIELDS, YES_NO } from '@profgrid/core';
import type { PassportField } from '@profgrid/core';
import type { MessageKey } from '../../i18n/index.ts';

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
  readonly label: MessageKey;
}

const CHOICES: Partial<Record<PassportField, readonly PassportChoice[]>> = {
  institutionType: INSTITUTION_TYPES.map((v) => ({ value: v, label: `institution.${v}` })),
  chairGender: GENDERS.map((v) => ({ value: v, label: `gender.${v}` })),
  chairFullTime: YES_NO.map((v) => ({ value: v, label: `passport.chairFullTime.${v}` })),
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
