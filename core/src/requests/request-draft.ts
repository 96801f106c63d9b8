// What a committee sends, checked the same way on both sides of the wire: the send form
// shows the refusal before the request goes out, the relay refuses it again (the client is
// not trusted). A refusal names its code (an ApiErrorCode the UI translates) and, for a
// question, its position. `today` comes in (YYYY-MM-DD, the organizations' calendar).
import { isIsoDate } from '../cells/index.ts';
import {
  CHOICES_MAX,
  QUESTIONS_MAX,
  QUESTION_LABEL_MAX,
  isPrefillSource,
  isQuestionType,
} from './questions.ts';
import type { Question } from './questions.ts';

export const REQUEST_TITLE_MAX = 200;
export const RECIPIENTS_MAX = 5000;

/** Who receives it: direct subordinates, every primary organization below, or a pick. */
export type RecipientScope =
  | { readonly kind: 'children' }
  | { readonly kind: 'primaries' }
  | { readonly kind: 'selected'; readonly orgIds: readonly string[] };

export interface RequestDraft {
  readonly title: string;
  /** YYYY-MM-DD, the last day to answer; today or later. */
  readonly deadline: string;
  readonly questions: readonly Question[];
  readonly recipients: RecipientScope;
}

export type DraftRefusal =
  | 'request-deadline-past'
  | 'request-no-questions'
  | 'request-question-type-unknown'
  | 'request-no-recipients'
  | 'bad-request';

export type DraftCheck =
  | { readonly ok: true; readonly draft: RequestDraft }
  | {
      readonly ok: false;
      readonly code: DraftRefusal;
      readonly message: string;
      /** The question at fault (0-based), when one is. */
      readonly question?: number;
    };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const refuse = (code: DraftRefusal, message: string, question?: number): DraftCheck =>
  question === undefined ? { ok: false, code, message } : { ok: false, code, message, question };

function recipientsOf(v: unknown): RecipientScope | null {
  if (!isObj(v)) return null;
  if (v['kind'] === 'children' || v['kind'] === 'primaries') return { kind: v['kind'] };
  if (v['kind'] !== 'selected' || !Array.isArray(v['orgIds'])) return null;
  const ids = v['orgIds'];
  if (ids.length > RECIPIENTS_MAX || !ids.every((id) => typeof id === 'string' && id !== '')) {
    return null;
  }
  return { kind: 'selected', orgIds: [...new Set(ids as string[])] };
}

/** Checks an untrusted draft (a REST body, a form's state) against `today`. */
export function checkRequestDraft(body: unknown, today: string): DraftCheck {
  if (!isObj(body)) return refuse('bad-request', 'body must be a request draft');
  const title = typeof body['title'] === 'string' ? body['title'].trim() : '';
  if (title === '' || title.length > REQUEST_TITLE_MAX) {
    return refuse('bad-request', `title must be 1–${REQUEST_TITLE_MAX} characters`);
  }
  const deadline = body['deadline'];
  if (typeof deadline !== 'string' || !isIsoDate(deadline)) {
    return refuse('bad-request', 'deadline must be YYYY-MM-DD');
  }
  if (deadline < today) {
    return refuse('request-deadline-past', `deadline ${deadline} is before today (${today})`);
  }
  const raw = body['questions'];
  if (!Array.isArray(raw)) return refuse('bad-request', 'questions must be a list');
  if (raw.length === 0) return refuse('request-no-questions', 'a request needs a question');
  if (raw.length > QUESTIONS_MAX) {
    return refuse('bad-request', `at most ${QUESTIONS_MAX} questions`);
  }
  const questions: Question[] = [];
  const ids = new Set<string>();
  for (const [i, q] of raw.entries()) {
    if (!isObj(q)) return refuse('bad-request', `question ${i + 1} is not an object`, i);
    if (!isQuestionType(q['type'])) {
      return refuse(
        'request-question-type-unknown',
        `question ${i + 1}: type ${JSON.stringify(q['type'])} is not one of this version's`,
        i,
      );
    }
    const label = typeof q['label'] === 'string' ? q['label'].trim() : '';
    if (label === '' || label.length > QUESTION_LABEL_MAX) {
      return refuse('bad-request', `question ${i + 1}: label must be 1–300 characters`, i);
    }
    const id = typeof q['id'] === 'string' && q['id'] !== '' ? q['id'] : `q${i + 1}`;
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(id) || ids.has(id)) {
      return refuse('bad-request', `question ${i + 1}: id must be unique`, i);
    }
    ids.add(id);
    const rawChoices = q['choices'] ?? [];
    const choices = Array.isArray(rawChoices)
      ? [
          ...new Set(
            rawChoices.filter((c): c is string => typeof c === 'string').map((c) => c.trim()),
          ),
        ].filter((c) => c !== '')
      : [];
    if (q['type'] === 'choice' && (choices.length < 2 || choices.length > CHOICES_MAX)) {
      return refuse('bad-request', `question ${i + 1}: a choice needs 2–${CHOICES_MAX} options`, i);
    }
    const prefill = q['prefill'] ?? null;
    if (prefill !== null && !isPrefillSource(prefill)) {
      return refuse('bad-request', `question ${i + 1}: unknown registry figure`, i);
    }
    if (prefill !== null && q['type'] !== 'number') {
      return refuse('bad-request', `question ${i + 1}: a registry figure answers a number`, i);
    }
    questions.push({
      id,
      type: q['type'],
      label,
      required: q['required'] !== false,
      choices: q['type'] === 'choice' ? choices : [],
      prefill,
    });
  }
  const recipients = recipientsOf(body['recipients']);
  if (!recipients)
    return refuse('bad-request', 'recipients must be children, primaries or selected');
  if (recipients.kind === 'selected' && recipients.orgIds.length === 0) {
    return refuse('request-no-recipients', 'no organization selected');
  }
  return { ok: true, draft: { title, deadline, questions, recipients } };
}
