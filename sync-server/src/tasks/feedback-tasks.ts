// Feedback notice: when the committee answered one of the user's «Предложение или
// ошибка» messages (or changed its status) since they last opened «Обратная связь», one
// task says how many — no deadline; opening the page marks them seen (POST /feedback/seen).
import type { FeedbackStore } from '../feedback/feedback-store.ts';
import type { TaskProvider } from './task-provider.ts';

export function feedbackTasks(store: FeedbackStore): TaskProvider {
  return async ({ user }) => {
    const count = await store.unseenCount(user.id);
    if (count === 0) return [];
    return [
      {
        id: 'feedback-answer',
        kind: 'feedback-answer',
        orgId: user.roles[0]?.orgId ?? '',
        deadline: null,
        overdue: false,
        figures: { count },
      },
    ];
  };
}
