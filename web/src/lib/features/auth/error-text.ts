// An API failure as a sentence for the user, in the current locale.
import type { Locale } from '@profgrid/core';
import { translate } from '../../i18n/format.ts';
import type { ApiFailure } from '../api/index.ts';

export function loginErrorText(locale: Locale, error: ApiFailure): string {
  if (error.kind === 'network') return translate(locale, 'login.network');
  if (error.kind === 'malformed') return translate(locale, 'common.malformed');
  switch (error.code) {
    // Never say whether the login exists: one message for both.
    case 'bad-credentials':
    case 'unauthenticated':
    case 'not-found':
      return translate(locale, 'login.badCredentials');
    case 'throttled':
      return translate(locale, 'login.throttled', { n: error.retryAfterSeconds ?? 60 });
    case 'disabled':
      return translate(locale, 'login.disabled');
    default:
      return translate(locale, 'login.failed', { code: error.status });
  }
}

export function apiErrorText(locale: Locale, error: ApiFailure): string {
  if (error.kind === 'network') return translate(locale, 'common.network');
  if (error.kind === 'malformed') return translate(locale, 'common.malformed');
  switch (error.code) {
    case 'forbidden':
      return translate(locale, 'common.forbidden');
    case 'not-found':
      return translate(locale, 'common.notFound');
    case 'conflict':
      return translate(locale, 'common.conflict', { message: error.message });
    case 'weak-password':
      return error.message
        ? localizedMessage(locale, error.message)
        : translate(locale, 'password.weak', { reason: translate(locale, 'password.weakGeneric') });
    case 'throttled':
      return translate(locale, 'login.throttled', { n: error.retryAfterSeconds ?? 60 });
    case 'payload-too-large':
      return translate(locale, 'common.tooLarge');
    default:
      return translate(locale, 'common.error', { message: error.message || error.code });
  }
}

/** Server messages come as «русский / English»: the part of the locale. */
export function localizedMessage(locale: Locale, message: string): string {
  const at = message.indexOf(' / ');
  if (at < 0) return message;
  return locale === 'ru' ? message.slice(0, at) : message.slice(at + 3);
}

/** Client-side length check before asking the server (which also refuses common ones). */
export function passwordLengthProblem(locale: Locale, password: string): string | null {
  if (password.length < 8) return translate(locale, 'password.tooShort');
  if (password.length > 64) return translate(locale, 'password.tooLong');
  return null;
}
