// Validation of every member field. A value is judged, never changed: the grid shows the
// reason in the cell and the value stays as typed until the user fixes it.
import {
  CATEGORIES,
  CONSENT_FORMS,
  GENDERS,
  MEMBER_FIELDS,
  MEMBER_STATUSES,
} from '../model/member.ts';
import type { MemberField, MemberRecord } from '../model/member.ts';
import { ageAt, isIsoDate } from './dates.ts';
import { VALID, invalid } from './result.ts';
import type { ValidationResult } from './result.ts';
import { checkEmail, checkPhone } from './contacts.ts';

const NAME = /^[A-Za-zА-Яа-яЁё]+(?:[ '’-][A-Za-zА-Яа-яЁё]+)*$/;
const CARD = /^[0-9A-Z-]{1,32}$/;

export interface MemberValidationContext {
  /** ISO date of today, for checks of plausible ages and dates not in the future. */
  readonly today?: string;
}

function checkName(value: string, required: boolean): ValidationResult {
  const text = value.trim();
  if (text === '') {
    return required ? invalid('required', 'Обязательное поле', 'Required field') : VALID;
  }
  if (text.length > 60) return invalid('too-long', 'Не длиннее 60 знаков', 'At most 60 characters');
  if (!NAME.test(text)) {
    return invalid(
      'name-chars',
      'Только буквы, дефис, пробел и апостроф',
      'Letters, hyphen, space and apostrophe only',
    );
  }
  return VALID;
}

function checkDate(
  value: string,
  ctx: MemberValidationContext,
  required: boolean,
): ValidationResult {
  if (value === '')
    return required ? invalid('required', 'Обязательное поле', 'Required field') : VALID;
  if (!isIsoDate(value)) {
    return invalid('date-format', 'Дата в формате ДД.ММ.ГГГГ', 'Date as DD.MM.YYYY');
  }
  if (value < '1900-01-01')
    return invalid('date-range', 'Дата не ранее 1900 года', 'Date not before 1900');
  if (ctx.today && value > ctx.today) {
    return invalid('date-future', 'Дата в будущем', 'Date is in the future');
  }
  return VALID;
}

function checkChoice(
  value: string,
  allowed: readonly string[],
  required: boolean,
): ValidationResult {
  if (value === '')
    return required ? invalid('required', 'Обязательное поле', 'Required field') : VALID;
  return allowed.includes(value)
    ? VALID
    : invalid('choice', 'Выберите значение из списка', 'Choose a value from the list');
}

function checkLength(value: string, max: number): ValidationResult {
  return value.length <= max
    ? VALID
    : invalid('too-long', `Не длиннее ${max} знаков`, `At most ${max} characters`);
}

export function validateMemberField(
  field: MemberField,
  value: string,
  ctx: MemberValidationContext = {},
): ValidationResult {
  switch (field) {
    case 'surname':
    case 'name':
      return checkName(value, true);
    case 'patronymic':
      return checkName(value, false);
    case 'birthDate': {
      const date = checkDate(value, ctx, false);
      if (!date.ok || value === '' || !ctx.today) return date;
      const age = ageAt(value, ctx.today) ?? 0;
      return age < 14 || age > 110
        ? invalid('age-range', 'Возраст должен быть от 14 до 110 лет', 'Age must be 14 to 110')
        : VALID;
    }
    case 'joinedDate':
    case 'consentDate':
      return checkDate(value, ctx, false);
    case 'consentForm':
      return checkChoice(value, CONSENT_FORMS, false);
    case 'gender':
      return checkChoice(value, GENDERS, false);
    case 'category':
      return checkChoice(value, CATEGORIES, true);
    case 'status':
      return checkChoice(value, MEMBER_STATUSES, true);
    case 'phone':
      return checkPhone(value);
    case 'email':
      return checkEmail(value);
    case 'cardNumber':
      return value === '' || CARD.test(value)
        ? VALID
        : invalid(
            'card-format',
            'Номер билета: цифры, латинские заглавные буквы и дефис',
            'Card number: digits, capital Latin letters and hyphen',
          );
    case 'position':
      return checkLength(value, 200);
    case 'notes':
      return checkLength(value, 2000);
  }
}

/** Every invalid field of a member, keyed by field. */
export function validateMember(
  member: MemberRecord,
  ctx: MemberValidationContext = {},
): Partial<Record<MemberField, ValidationResult & { ok: false }>> {
  const out: Partial<Record<MemberField, ValidationResult & { ok: false }>> = {};
  // The known fields, not Object.keys: a grid row may carry keys of its own.
  for (const field of MEMBER_FIELDS) {
    const result = validateMemberField(field, member[field] ?? '', ctx);
    if (!result.ok) out[field] = result;
  }
  return out;
}
