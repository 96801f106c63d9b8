// Data requests down the tree: a committee's typed questions with a deadline, answered by
// each recipient organization's chair in an answer document of its own (`req:<rid>:<orgId>`).
export {
  ANSWER_NOTE_MAX,
  CHOICES_MAX,
  PREFILL_SOURCES,
  QUESTIONS_MAX,
  QUESTION_LABEL_MAX,
  QUESTION_TYPES,
  answerCodec,
  isAnswered,
  isPrefillSource,
  isQuestionType,
} from './questions.ts';
export type { PrefillSource, Question, QuestionType } from './questions.ts';
export { REQUEST_DOC_PREFIX, parseRequestDocName, requestDocName } from './doc-name.ts';
export { RECIPIENTS_MAX, REQUEST_TITLE_MAX, checkRequestDraft } from './request-draft.ts';
export type { DraftCheck, DraftRefusal, RecipientScope, RequestDraft } from './request-draft.ts';
export { AnswerDoc } from './answer-doc.ts';
export type { AnswerSnapshot } from './answer-doc.ts';
export { answerProgress, missingRequired, requestCompletion } from './completion.ts';
export type { AnswerProgress, RequestCompletion } from './completion.ts';
export { prefillAnswers, registryFigure } from './prefill.ts';
export {
  parseDataRequest,
  parseReminded,
  parseRequestForOrg,
  parseRequestList,
  parseRequestOnly,
  parseRequestTable,
  validAnswer,
} from './request-wire.ts';
export type {
  DataRequest,
  ParsedRequest,
  ReceivedRequest,
  RequestForOrg,
  RequestList,
  RequestListItem,
  RequestRow,
  RequestTable,
} from './request-wire.ts';
export { parseRemindRequest } from './remind-request.ts';
export type { RemindRequest } from './remind-request.ts';
