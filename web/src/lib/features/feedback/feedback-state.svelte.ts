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
    const r = await api.post<unknown>('/api/feedback', body);
    if (r.ok && parseFeedbackItem(r.value)) this.state = 'sent';
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
    const r = await api.get<unknown>('/api/feedback');
    const list = r.ok ? parseFeedbackList(r.value) : null;
    if (!list) {
      this.status = 'failed';
      return;
    }
    this.mine = list.mine;
    this.inbox = list.inbox;
    this.canAnswer = list.canAnswer;
    this.status = 'ready';
  }

  /** Saves a status and answer; true when the server took them. */
  async answer(id: string, status: FeedbackStatus, answer: string): Promise<boolean> {
    const r = await api.patch<unknown>(`/api/feedback/${encodeURIComponent(id)}`, {
      status,
      answer,
    });
    const item = r.ok ? parseFeedbackItem(r.value) : null;
    if (!item) return false;
    this.inbox = this.inbox.map((m) => (m.id === id ? item : m));
    return true;
  }
}
