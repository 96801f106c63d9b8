// Typed access to one answer document (`req:<requestId>:<orgId>`), the only code that
// knows its keys. Layout:
//   answers    Y.Map  questionId -> string   the answer as the codec stores it ('' = none)
//   prefilled  Y.Map  questionId -> string   the registry's figure written as the answer
//   state      Y.Map  note, answeredAt (ISO time), answeredBy (user id)
// One key per answer, so two replicas answering different questions offline both keep
// theirs and the same question converges to one value (last writer wins per key), exactly
// as member fields do. Values are stored as typed — invalid ones are flagged, not rewritten.
import * as Y from 'yjs';
import { ANSWER_NOTE_MAX } from './questions.ts';

export interface AnswerSnapshot {
  readonly answers: Readonly<Record<string, string>>;
  readonly prefilled: Readonly<Record<string, string>>;
  readonly note: string;
  /** ISO time when the chair marked it answered; null while it is not. */
  readonly answeredAt: string | null;
  readonly answeredBy: string | null;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

const plain = (map: Y.Map<unknown>): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of map) if (typeof v === 'string' && v !== '') out[k] = v;
  return out;
};

export class AnswerDoc {
  readonly ydoc: Y.Doc;
  /** The origin of this wrapper's own transactions (an undo manager may track it). */
  readonly origin: object = {};
  readonly #answers: Y.Map<unknown>;
  readonly #prefilled: Y.Map<unknown>;
  readonly #state: Y.Map<unknown>;

  constructor(ydoc: Y.Doc) {
    this.ydoc = ydoc;
    this.#answers = ydoc.getMap('answers');
    this.#prefilled = ydoc.getMap('prefilled');
    this.#state = ydoc.getMap('state');
  }

  setAnswer(questionId: string, value: string): void {
    this.ydoc.transact(() => {
      if (value === '') this.#answers.delete(questionId);
      else if (this.#answers.get(questionId) !== value) this.#answers.set(questionId, value);
    }, this.origin);
  }

  /**
   * Writes registry figures as answers to questions nobody has answered and that were
   * never pre-filled, so a chair's cleared answer is not filled again.
   */
  prefill(values: Readonly<Record<string, string>>): string[] {
    const written: string[] = [];
    this.ydoc.transact(() => {
      for (const [id, value] of Object.entries(values)) {
        if (value === '' || this.#answers.has(id) || this.#prefilled.has(id)) continue;
        this.#answers.set(id, value);
        this.#prefilled.set(id, value);
        written.push(id);
      }
    }, this.origin);
    return written;
  }

  setNote(note: string): void {
    const text = note.slice(0, ANSWER_NOTE_MAX);
    if (str(this.#state.get('note')) === text) return;
    this.ydoc.transact(() => this.#state.set('note', text), this.origin);
  }

  /** «Ответ готов»: `at` an ISO time, `by` the user's id. */
  markAnswered(by: string, at: string): void {
    this.ydoc.transact(() => {
      this.#state.set('answeredAt', at);
      this.#state.set('answeredBy', by);
    }, this.origin);
  }

  /** Back to a draft (the chair wants to change something before the committee counts it). */
  reopen(): void {
    this.ydoc.transact(() => {
      this.#state.delete('answeredAt');
      this.#state.delete('answeredBy');
    }, this.origin);
  }

  snapshot(): AnswerSnapshot {
    const at = str(this.#state.get('answeredAt'));
    const by = str(this.#state.get('answeredBy'));
    return {
      answers: plain(this.#answers),
      prefilled: plain(this.#prefilled),
      note: str(this.#state.get('note')),
      answeredAt: at === '' ? null : at,
      answeredBy: by === '' ? null : by,
    };
  }

  /** Calls `fn` after every change, local or remote; returns the unsubscribe. */
  observe(fn: () => void): () => void {
    const handler = () => fn();
    this.ydoc.on('afterTransaction', handler);
    return () => this.ydoc.off('afterTransaction', handler);
  }
}
