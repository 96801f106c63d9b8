// Feedback as runes: the «Предложение или ошибка» dialog (open/sending/sent/error), and the
// list of messages (own and addressed to the user) with the committee's answers.
import { parseFeedbackItem, parseFeedbackList } from '@profgrid/core';
import type { FeedbackItem, FeedbackStatus, NewFeedback } from '@profgrid/core';
import { FEEDBACK_PAGE_SIZE } from '@profgrid/core/guide';
import { api, withQuery } from '../api/index.ts';
import type { ApiFailure } from '../api/index.ts';

export type SendState = 'idle' | 'sending' | 'sent' | 'failed' | 'offline';

class FeedbackDialog {
  open = $state(false);
  state = $state<SendState>('idle');
  /** Why the last send failed (a refused field is shown at it). */
  error = $state.raw<ApiFailure | null>(null);

  show(): void {
    this.state = 'idle';
    this.error = null;
    this.open = true;
  }

  async send(body: NewFeedback): Promise<void> {
    this.state = 'sending';
    const r = await api.post('/api/feedback', body, parseFeedbackItem);
    this.error = r.ok ? null : r.error;
    if (r.ok) this.state = 'sent';
    else this.state = r.error.kind === 'network' ? 'offline' : 'failed';
  }
}

export const feedbackDialog = new FeedbackDialog();

export class FeedbackListState {
  mine = $state.raw<readonly FeedbackItem[]>([]);
  inbox = $state.raw<readonly FeedbackItem[]>([]);
  canAnswer = $state(false);
  status = $state<'loading' | 'ready' | 'failed'>('loading');
  /** The inbox filter (null: every status) and page (from 0); the relay filters and pages. */
  filter = $state<FeedbackStatus | null>(null);
  page = $state(0);
  counts = $state.raw<Readonly<Record<FeedbackStatus, number>> | null>(null);
  total = $state(0);

  get pages(): number {
    return Math.max(1, Math.ceil(this.total / FEEDBACK_PAGE_SIZE));
  }

  async load(): Promise<void> {
    const query: Record<string, string> = { page: String(this.page) };
    if (this.filter) query['status'] = this.filter;
    const r = await api.get(withQuery('/api/feedback', query), parseFeedbackList);
    if (!r.ok) {
      this.status = 'failed';
      return;
    }
    const list = r.value;
    this.mine = list.mine;
    this.inbox = list.inbox;
    this.canAnswer = list.canAnswer;
    this.counts = list.inboxCounts ?? null;
    this.total = list.inboxTotal ?? list.inbox.length;
    this.status = 'ready';
    // The answers are on screen now: they are seen (marks stay until the next load).
    if (list.mine.some((m) => m.unread)) void api.post('/api/feedback/seen', {});
  }

  show(filter: FeedbackStatus | null, page = 0): Promise<void> {
    this.filter = filter;
    this.page = page;
    return this.load();
  }

  /** Saves a status and answer; null when the server took them, else why not. */
  async answer(id: string, status: FeedbackStatus, answer: string): Promise<ApiFailure | null> {
    const r = await api.patch(
      `/api/feedback/${encodeURIComponent(id)}`,
      { status, answer },
      parseFeedbackItem,
    );
    if (!r.ok) return r.error;
    const item = r.value;
    this.inbox = this.inbox.map((m) => (m.id === id ? item : m));
    void this.load(); // the counts by status follow
    return null;
  }
}
