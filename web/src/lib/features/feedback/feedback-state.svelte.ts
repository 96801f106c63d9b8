// Feedback as runes: the «Предложение или ошибка» dialog (open/sending/sent/error), and the
// list of messages (own and addressed to the user) with the committee's answers.
import { parseFeedbackItem, parseFeedbackList } from '@profgrid/core';
import type { FeedbackItem, FeedbackStatus, NewFeedback } from '@profgrid/core';
import { api } from '../api/index.ts';

export type SendState = 'idle' | 'sending' | 'sent' | 'failed' | 'offline';

class FeedbackDialog {
  open = $state(false);
  state = $state<SendState>('idle');

  show(): void {
    this.state = 'idle';
    this.open = true;
  }

  async send(body: NewFeedback): Promise<void> {
    this.state = 'sending';
    const r = await api.post('/api/feedback', body, parseFeedbackItem);
    if (r.ok) this.state = 'sent';
    else this.state = !r.ok && r.error.kind === 'network' ? 'offline' : 'failed';
  }
}

export const feedbackDialog = new FeedbackDialog();

export class FeedbackListState {
  mine = $state.raw<readonly FeedbackItem[]>([]);
  inbox = $state.raw<readonly FeedbackItem[]>([]);
  canAnswer = $state(false);
  status = $state<'loading' | 'ready' | 'failed'>('loading');

  async load(): Promise<void> {
    const r = await api.get('/api/feedback', parseFeedbackList);
    if (!r.ok) {
      this.status = 'failed';
      return;
    }
    const list = r.value;
    this.mine = list.mine;
    this.inbox = list.inbox;
    this.canAnswer = list.canAnswer;
    this.status = 'ready';
  }

  /** Saves a status and answer; true when the server took them. */
  async answer(id: string, status: FeedbackStatus, answer: string): Promise<boolean> {
    const r = await api.patch(
      `/api/feedback/${encodeURIComponent(id)}`,
      { status, answer },
      parseFeedbackItem,
    );
    if (!r.ok) return false;
    const item = r.value;
    this.inbox = this.inbox.map((m) => (m.id === id ? item : m));
    return true;
  }
}
