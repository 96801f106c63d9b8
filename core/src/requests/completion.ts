// How far an organization has answered: required questions answered validly, the percent,
// whether the chair marked it answered, and overdue (the deadline day passed and not
// marked). A request's completion is the share of recipients that marked theirs answered.
import type { AnswerSnapshot } from './answer-doc.ts';
import { isAnswered } from './questions.ts';
import type { Question } from './questions.ts';

export interface AnswerProgress {
  /** Questions answered validly (required or not). */
  readonly filled: number;
  /** Required questions, and those of them answered validly. */
  readonly required: number;
  readonly requiredFilled: number;
  /** requiredFilled / required in whole percent (100 with no required question). */
  readonly percent: number;
  readonly answered: boolean;
  readonly overdue: boolean;
}

export function answerProgress(
  questions: readonly Question[],
  answer: Pick<AnswerSnapshot, 'answers' | 'answeredAt'>,
  deadline: string,
  today: string,
): AnswerProgress {
  let filled = 0;
  let required = 0;
  let requiredFilled = 0;
  for (const q of questions) {
    const ok = isAnswered(q, answer.answers[q.id]);
    if (ok) filled++;
    if (q.required) {
      required++;
      if (ok) requiredFilled++;
    }
  }
  const answered = answer.answeredAt !== null;
  return {
    filled,
    required,
    requiredFilled,
    percent: required === 0 ? 100 : Math.floor((requiredFilled / required) * 100),
    answered,
    overdue: !answered && today > deadline,
  };
}

/** The questions a chair must still answer before marking the request answered. */
export function missingRequired(
  questions: readonly Question[],
  answers: Readonly<Record<string, string>>,
): Question[] {
  return questions.filter((q) => q.required && !isAnswered(q, answers[q.id]));
}

export interface RequestCompletion {
  readonly recipients: number;
  readonly answered: number;
  readonly overdue: number;
  /** answered / recipients in percent with two decimals (99.35), 0 with no recipient. */
  readonly percent: number;
}

export function requestCompletion(
  rows: readonly { readonly answered: boolean; readonly overdue: boolean }[],
): RequestCompletion {
  const answered = rows.filter((r) => r.answered).length;
  return {
    recipients: rows.length,
    answered,
    overdue: rows.filter((r) => r.overdue).length,
    percent: rows.length === 0 ? 0 : Math.round((answered / rows.length) * 10000) / 100,
  };
}
