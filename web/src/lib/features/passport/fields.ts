// Which passport fields each passport tab shows, and which are required (core decides).
import { REQUIRED_PASSPORT_FIELDS } from '@profgrid/core';
import type { PassportField } from '@profgrid/core';

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
  'deputies',
  'electedBody',
];

export function isRequired(field: PassportField): boolean {
  return REQUIRED_PASSPORT_FIELDS.includes(field);
}
