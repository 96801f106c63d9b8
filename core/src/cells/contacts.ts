// Phone and e-mail checks shared by member and passport validation.
import { VALID, invalid } from './result.ts';
import type { ValidationResult } from './result.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE_CHARS = /^\+?[\d\s()-]+$/;

export function checkPhone(value: string): ValidationResult {
  if (value.trim() === '') return VALID;
  const digits = value.replace(/\D/g, '');
  if (!PHONE_CHARS.test(value.trim()) || digits.length < 5 || digits.length > 15) {
    return invalid(
      'phone',
      'Телефон: цифры, +, пробелы, скобки и дефис; 5–15 цифр',
      'Phone: digits, +, spaces, brackets and hyphen; 5–15 digits',
    );
  }
  return VALID;
}

export function checkEmail(value: string): ValidationResult {
  if (value.trim() === '') return VALID;
  return EMAIL.test(value.trim()) && value.length <= 254
    ? VALID
    : invalid('email', 'Адрес почты вида name@example.ru', 'E-mail like name@example.com');
}
