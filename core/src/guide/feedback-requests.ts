// Parsers of the feedback request bodies (NewFeedback, FeedbackUpdate in feedback.ts), used
// by the server's routes: untrusted JSON in, the typed value or the refusal out.
import { bodyOk, bodyRefused, isBodyObject } from '../api/body-parse.ts';
import type { BodyParse } from '../api/body-parse.ts';
import {
  FEEDBACK_ANSWER_MAX,
  FEEDBACK_SCREEN_MAX,
  FEEDBACK_TEXT_MAX,
  isFeedbackStatus,
  isScreenPath,
} from './feedback.ts';
import type { FeedbackUpdate, NewFeedback } from './feedback.ts';

/** Longest app version string. */
const APP_VERSION_MAX = 64;

/** null when absent or null, the text when a string of at most `max`, undefined otherwise. */
const optionalString = (v: unknown, max: number): string | null | undefined =>
  v === undefined || v === null ? null : typeof v === 'string' && v.length <= max ? v : undefined;

/** POST /api/feedback. The text comes trimmed. */
export function parseNewFeedback(v: unknown): BodyParse<NewFeedback> {
  if (!isBodyObject(v) || typeof v['text'] !== 'string') {
    return bodyRefused('expected {text, screen?, appVersion?}', 'text');
  }
  const text = v['text'].trim();
  if (text.length === 0) return bodyRefused('text is empty', 'text');
  if (text.length > FEEDBACK_TEXT_MAX) {
    return bodyRefused(`text is longer than ${FEEDBACK_TEXT_MAX}`, 'text');
  }
  const screen = optionalString(v['screen'], FEEDBACK_SCREEN_MAX);
  if (screen === undefined || (screen !== null && !isScreenPath(screen))) {
    return bodyRefused('screen must be a path of the app without query or fragment', 'screen');
  }
  const appVersion = optionalString(v['appVersion'], APP_VERSION_MAX);
  if (appVersion === undefined)
    return bodyRefused('appVersion must be a short string', 'appVersion');
  return bodyOk({ text, screen, appVersion });
}

/** PATCH /api/feedback/:id. The answer comes trimmed. */
export function parseFeedbackUpdate(v: unknown): BodyParse<FeedbackUpdate> {
  if (!isBodyObject(v)) return bodyRefused('expected {status?, answer?}');
  const { status, answer } = v;
  if (status !== undefined && !isFeedbackStatus(status)) {
    return bodyRefused('status must be new, in-progress, accepted or rejected', 'status');
  }
  if (answer !== undefined && (typeof answer !== 'string' || answer.length > FEEDBACK_ANSWER_MAX)) {
    return bodyRefused(`answer must be a string up to ${FEEDBACK_ANSWER_MAX}`, 'answer');
  }
  return bodyOk({
    ...(status !== undefined && { status }),
    ...(answer !== undefined && { answer: answer.trim() }),
  });
}
