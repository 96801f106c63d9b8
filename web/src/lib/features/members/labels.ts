// Display labels of member field values (enumerations and dates) in a locale. The stored
// value is always the code or ISO date; only the view translates.
import { formatRuDate } from '@profgrid/core';
import type { Locale, MemberField } from '@profgrid/core';
import { translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';

export const DATE_FIELDS: ReadonlySet<MemberField> = new Set([
  'birthDate',
  'joinedDate',
  'consentDate',
]);

/** The enumeration (message key prefix and allowed codes) of a choice field. */
export const CHOICES: Partial<Record<MemberField, { prefix: string; values: readonly string[] }>> =
  {
    gender: { prefix: 'gender', values: ['female', 'male'] },
    category: { prefix: 'category', values: ['working', 'student', 'pensioner'] },
    status: { prefix: 'status', values: ['active', 'left'] },
    consentForm: { prefix: 'consent', values: ['written', 'electronic'] },
  };

/** A value as the grid shows it: dates ДД.ММ.ГГГГ, codes as words; unknown codes as typed. */
export function displayValue(locale: Locale, field: MemberField, value: string): string {
  if (value === '') return '';
  if (DATE_FIELDS.has(field)) return formatRuDate(value);
  const choice = CHOICES[field];
  if (choice && choice.values.includes(value)) {
    return translate(locale, `${choice.prefix}.${value}` as MessageKey);
  }
  return value;
}
