// The send form's fields as the request body, and a refusal (core's draft check before
// sending, or the server's API error) as a sentence in the user's language. The same check
// runs here and on the server: the form says what is wrong without a round trip, the
// server still refuses what a stale or hostile client sends.
import { isIsoDate, normalizeDateInput } from '@profgrid/core';
import type { Locale } from '@profgrid/core';
import { checkRequestDraft } from '@profgrid/core/requests';
import type { DraftRefusal, PrefillSource, QuestionType } from '@profgrid/core/requests';
import { translate } from '../../i18n/format.ts';
import { typedDateProblem } from '../../i18n/typed-date.ts';
import type { ApiFailure } from '../api/index.ts';
import { apiErrorText } from '../auth/plain.ts';

export interface QuestionFields {
  type: QuestionType;
  label: string;
  required: boolean;
  /** choices separated by «;» */
  choices: string;
  prefill: PrefillSource | '';
}

export interface SendFields {
  title: string;
  /** as typed: ДД.ММ.ГГГГ */
  deadline: string;
  questions: QuestionFields[];
  scope: 'children' | 'primaries' | 'selected';
  selected: readonly string[];
}

export function draftBody(f: SendFields): unknown {
  return {
    title: f.title,
    deadline: normalizeDateInput(f.deadline),
    questions: f.questions.map((q) => ({
      type: q.type,
      label: q.label,
      required: q.required,
      choices: q.type === 'choice' ? q.choices.split(';').map((c) => c.trim()) : [],
      prefill: q.type === 'number' && q.prefill !== '' ? q.prefill : null,
    })),
    recipients:
      f.scope === 'selected' ? { kind: 'selected', orgIds: f.selected } : { kind: f.scope },
  };
}

const REFUSALS: readonly DraftRefusal[] = [
  'request-deadline-past',
  'request-no-questions',
  'request-question-type-unknown',
  'request-no-recipients',
];

export function refusalText(locale: Locale, code: DraftRefusal, message: string): string {
  return REFUSALS.includes(code)
    ? translate(locale, `requests.error.${code as Exclude<DraftRefusal, 'bad-request'>}`)
    : translate(locale, 'requests.error.bad-request', { message });
}

/** The form's own check: null when it may be sent, else what to say. */
export function localProblem(locale: Locale, f: SendFields, today: string): string | null {
  if (f.title.trim() === '') return translate(locale, 'requests.problem.title');
  if (!isIsoDate(normalizeDateInput(f.deadline))) {
    return typedDateProblem(locale, f.deadline) ?? translate(locale, 'requests.badDate');
  }
  for (const [i, q] of f.questions.entries()) {
    if (q.label.trim() === '') return translate(locale, 'requests.problem.label', { n: i + 1 });
    const options = q.choices.split(';').filter((c) => c.trim() !== '');
    if (q.type === 'choice' && options.length < 2) {
      return translate(locale, 'requests.problem.choices', { n: i + 1 });
    }
  }
  const check = checkRequestDraft(draftBody(f), today);
  if (check.ok) return null;
  const text = refusalText(locale, check.code, check.message);
  return check.question === undefined || check.code !== 'bad-request'
    ? text
    : translate(locale, 'requests.errorAt', { n: check.question + 1, message: check.message });
}

/** An API failure of the request routes in the user's language. */
export function requestErrorText(locale: Locale, error: ApiFailure): string {
  if (error.kind === 'api' && (REFUSALS as readonly string[]).includes(error.code)) {
    return refusalText(locale, error.code as DraftRefusal, error.message);
  }
  return apiErrorText(locale, error);
}
