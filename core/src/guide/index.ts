// The guide's wire shapes (entry tasks, feedback), importable as @profgrid/core/guide.
export {
  FEEDBACK_ANSWER_MAX,
  FEEDBACK_PAGE_SIZE,
  FEEDBACK_SCREEN_MAX,
  FEEDBACK_STATUSES,
  FEEDBACK_TEXT_MAX,
  isFeedbackStatus,
  isScreenPath,
  parseChairProgress,
  parseFeedbackItem,
  parseFeedbackList,
} from './feedback.ts';
export type {
  ChairProgress,
  FeedbackItem,
  FeedbackList,
  FeedbackStatus,
  FeedbackUpdate,
  NewFeedback,
} from './feedback.ts';
export { parseFeedbackUpdate, parseNewFeedback } from './feedback-requests.ts';
export { TASK_KINDS, parseTaskList, sortTasks } from './tasks.ts';
export type { KnownTaskKind, TaskItem, TaskList } from './tasks.ts';
