// An API failure as a sentence for the user, in the current locale.
import type { Locale } from '@profgrid/core';
import { translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { refusedField } from '../api/index.ts';
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

/** Fields with their own Russian explanation; any other refused field gets `field.refused`. */
const FIELD_TEXTS: Readonly<Record<string, MessageKey>> = {
  code: 'field.code',
  name: 'field.name',
  shortName: 'field.shortName',
  login: 'field.login',
  displayName: 'field.displayName',
  text: 'field.text',
  asOf: 'field.asOf',
  deadline: 'field.deadline',
  title: 'field.title',
  comment: 'field.comment',
  answer: 'field.answer',
};

/**
 * A refused body shown at its field: the field and a sentence for the user, when the
 * server named one of the fields this form shows; null otherwise (the caller then shows
 * apiErrorText in the form's general place).
 */
export function fieldRefusal(
  locale: Locale,
  error: ApiFailure,
  shown: readonly string[],
): { readonly field: string; readonly text: string } | null {
  const field = refusedField(error);
  if (field === null || !shown.includes(field)) return null;
  return { field, text: translate(locale, FIELD_TEXTS[field] ?? 'field.refused') };
}

/** Moves the focus to a form's input of that field (`data-field` on it), inside `root`. */
export function focusField(root: ParentNode | null | undefined, field: string): void {
  root?.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`)?.focus();
}
