import type { Text } from '../i18n/text.ts';

export type ValidationResult =
  { readonly ok: true } | { readonly ok: false; readonly code: string; readonly reason: Text };

export const VALID: ValidationResult = { ok: true };

export function invalid(code: string, ru: string, en: string): ValidationResult {
  return { ok: false, code, reason: { ru, en } };
}
