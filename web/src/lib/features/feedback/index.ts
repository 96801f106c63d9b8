// «Предложение или ошибка»: the dialog from any screen, the feedback page, chair progress.
export { feedbackDialog, FeedbackListState } from './feedback-state.svelte.ts';
export { STATUS_LABEL } from './status-label.ts';
export { default as FeedbackDialog } from './feedback-dialog.svelte';
export { default as FeedbackPage } from './feedback-page.svelte';
export { appVersion } from './app-version.ts';
