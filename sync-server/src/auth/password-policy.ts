// Password policy (ARCHITECTURE.md "Identity and access"): 8 to 128 characters, not one
// of the most common passwords (common-passwords.txt, compared case-insensitively), not
// the login itself. Reasons come in Russian and English for the form to show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@profgrid/core';

let common: Set<string> | null = null;

function commonPasswords(): Set<string> {
  if (common) return common;
  const text = readFileSync(join(import.meta.dirname, 'common-passwords.txt'), 'utf8');
  common = new Set(text.split('\n').filter((line) => line !== '' && !line.startsWith('#')));
  return common;
}

export type PasswordVerdict =
  { readonly ok: true } | { readonly ok: false; readonly message: string };

export function checkPassword(password: string, login: string): PasswordVerdict {
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    return {
      ok: false,
      message: `Пароль должен содержать от ${PASSWORD_MIN_LENGTH} до ${PASSWORD_MAX_LENGTH} символов / The password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`,
    };
  }
  const lower = password.toLowerCase();
  if (lower === login.trim().toLowerCase()) {
    return {
      ok: false,
      message: 'Пароль не должен совпадать с логином / The password must differ from the login',
    };
  }
  if (commonPasswords().has(lower)) {
    return {
      ok: false,
      message:
        'Этот пароль слишком распространён, выберите другой / This password is too common, choose another',
    };
  }
  return { ok: true };
}
