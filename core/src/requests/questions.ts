// A data request's questions: the kinds this version can ask and answer, what a question
// holds, and the meaning of an answer — each kind answered through the custom-column
// codec of the same kind (core/cells), so a number, date or yes/no in a request reads,
// checks and exports exactly like one in a member list. A question of a kind not in
// QUESTION_TYPES (a newer version's) is never guessed at: the sender refuses it and an
// older answering client says it cannot answer it.
import { customCodec } from '../cells/index.ts';
import type { CellCodec } from '../cells/index.ts';
import type { CustomColumn } from '../model/custom-column.ts';

export const QUESTION_TYPES = ['number', 'text', 'yesno', 'choice', 'date'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Figures the registry knows for an organization's subtree (rollups), offered as answers. */
export const PREFILL_SOURCES = ['members', 'women', 'youth', 'workers', 'coverage'] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

export interface Question {
  /** Stable within the request (`q1`, `q2`…): the key of the answer. */
  readonly id: string;
  readonly type: QuestionType;
  readonly label: string;
  readonly required: boolean;
  /** The allowed answers of a `choice` question ([] otherwise). */
  readonly choices: readonly string[];
  /** A figure of the registry that answers it unless the chair changes it. */
  readonly prefill: PrefillSource | null;
}

export const QUESTION_LABEL_MAX = 300;
export const QUESTIONS_MAX = 100;
export const CHOICES_MAX = 50;
export const ANSWER_NOTE_MAX = 2000;

export const isQuestionType = (v: unknown): v is QuestionType =>
  typeof v === 'string' && (QUESTION_TYPES as readonly string[]).includes(v);

export const isPrefillSource = (v: unknown): v is PrefillSource =>
  typeof v === 'string' && (PREFILL_SOURCES as readonly string[]).includes(v);

const CODECS = new WeakMap<Question, CellCodec>();

/** The codec that parses, checks and shows this question's answer. */
export function answerCodec(question: Question): CellCodec {
  let codec = CODECS.get(question);
  if (!codec) {
    const column: CustomColumn = {
      id: question.id,
      name: question.label,
      type: question.type,
      choices: question.choices,
      order: 0,
    };
    codec = customCodec(column);
    CODECS.set(question, codec);
  }
  return codec;
}

/** True when `value` (as stored) is a valid, non-empty answer to `question`. */
export function isAnswered(question: Question, value: string | undefined): boolean {
  return value !== undefined && value !== '' && answerCodec(question).validate(value).ok;
}
