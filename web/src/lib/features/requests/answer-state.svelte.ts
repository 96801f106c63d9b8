// The chair's answer to one request: the questions from the relay (kept in localStorage so
// the form opens offline — questions only, no personal data; logout wipes them with every
// other key, auth/stored-keys.ts), the answers in the answer
// document `req:<rid>:<orgId>` opened offline-first (IndexedDB, then the tab's socket), the
// registry's figures written as answers once the relay's state is in (so a fresh replica
// does not pre-fill over answers it has not yet received). Only the organization's own
// chair writes; the relay enforces the same rule.
import {
  AnswerDoc,
  missingRequired,
  parseRequestForOrg,
  requestDocName,
} from '@profgrid/core/requests';
import type { AnswerSnapshot, ParsedRequest, RequestForOrg } from '@profgrid/core/requests';
import type { Me } from '@profgrid/core';
import { openDoc } from '../org-session/index.ts';
import { nowIso } from './clock.ts';
import { requestsApi } from './requests-api.ts';

type View = RequestForOrg & ParsedRequest;

const cacheKey = (rid: string, orgId: string) => `profgrid:request:${rid}:${orgId}`;

function cached(rid: string, orgId: string): View | null {
  try {
    return parseRequestForOrg(JSON.parse(localStorage.getItem(cacheKey(rid, orgId)) ?? 'null'));
  } catch {
    return null;
  }
}

export class AnswerState {
  view = $state.raw<View | null>(null);
  /** 'loading' until the questions are known; 'missing' when the relay has none for us. */
  status = $state<'loading' | 'ready' | 'missing'>('loading');
  answer = $state.raw<AnswerSnapshot>({
    answers: {},
    prefilled: {},
    note: '',
    answeredAt: null,
    answeredBy: null,
  });
  denied = $state('');
  readonly requestId: string;
  readonly orgId: string;
  readonly canWrite: boolean;
  #doc: AnswerDoc | null = null;
  #synced = false;
  readonly #me: Me | null;

  constructor(requestId: string, orgId: string, me: Me | null) {
    this.requestId = requestId;
    this.orgId = orgId;
    this.#me = me;
    this.canWrite = !!me?.roles.some((g) => g.orgId === orgId && g.role !== 'viewer');
  }

  /** Opens the questions and the document; returns the closer. */
  start(): () => void {
    void this.#loadQuestions();
    const session = openDoc(requestDocName(this.requestId, this.orgId));
    const doc = new AnswerDoc(session.ydoc);
    this.#doc = doc;
    const off = doc.observe(() => (this.answer = doc.snapshot()));
    void session.whenLoaded.then((channel) => {
      this.answer = doc.snapshot();
      channel?.whenDenied((d) => (this.denied = d.code));
      channel?.whenSynced(() => {
        this.#synced = true;
        this.#prefill();
      });
    });
    return () => {
      off();
      session.close();
    };
  }

  async #loadQuestions(): Promise<void> {
    const res = await requestsApi.forOrg(this.requestId, this.orgId);
    if (res.ok) {
      const view = parseRequestForOrg(res.value);
      if (view) {
        localStorage.setItem(cacheKey(this.requestId, this.orgId), JSON.stringify(res.value));
        this.view = view;
        this.status = 'ready';
        this.#prefill();
        return;
      }
    }
    const offline = cached(this.requestId, this.orgId);
    this.view = offline;
    this.status = offline ? 'ready' : 'missing';
  }

  /** Pre-fills once both the questions and the relay's state of the document are in. */
  #prefill(): void {
    if (!this.view || !this.#doc || !this.canWrite || !this.#synced) return;
    if (this.answer.answeredAt !== null) return;
    this.#doc.prefill(this.view.prefill);
  }

  setAnswer(questionId: string, value: string): void {
    if (this.canWrite) this.#doc?.setAnswer(questionId, value);
  }

  setNote(note: string): void {
    if (this.canWrite) this.#doc?.setNote(note);
  }

  /** The labels of required questions still unanswered (empty: it may be marked). */
  missing(): string[] {
    return this.view
      ? missingRequired(this.view.request.questions, this.answer.answers).map((q) => q.label)
      : [];
  }

  markAnswered(): boolean {
    if (!this.canWrite || !this.#me || !this.view) return false;
    if (this.view.unsupported.length > 0 || this.missing().length > 0) return false;
    this.#doc?.markAnswered(this.#me.id, nowIso());
    return true;
  }

  reopen(): void {
    if (this.canWrite) this.#doc?.reopen();
  }
}
