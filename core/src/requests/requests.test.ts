import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EMPTY_SUMMARY } from '../reports/org-summary.ts';
import type { OrgSummary } from '../reports/org-summary.ts';
import {
  AnswerDoc,
  answerProgress,
  checkRequestDraft,
  missingRequired,
  parseDataRequest,
  parseRequestDocName,
  prefillAnswers,
  requestCompletion,
  requestDocName,
} from './index.ts';
import type { Question } from './index.ts';

const TODAY = '2026-12-04';
const q = (over: Partial<Question> & Pick<Question, 'id' | 'type'>): Question => ({
  label: over.id,
  required: true,
  choices: [],
  prefill: null,
  ...over,
});
const draft = (over: Record<string, unknown> = {}) => ({
  title: 'Готовность к зиме',
  deadline: '2026-12-20',
  questions: [
    { type: 'number', label: 'Членов профсоюза', prefill: 'members' },
    { type: 'yesno', label: 'Есть уголок профсоюза' },
    { type: 'choice', label: 'Отопление', choices: ['норма', 'ремонт'] },
  ],
  recipients: { kind: 'children' },
  ...over,
});

describe('checkRequestDraft: what a committee may send', () => {
  it('accepts a valid draft and numbers the questions', () => {
    const r = checkRequestDraft(draft(), TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.draft.questions.map((x) => x.id)).toEqual(['q1', 'q2', 'q3']);
    expect(r.draft.questions[0]!.prefill).toBe('members');
    expect(r.draft.questions[2]!.choices).toEqual(['норма', 'ремонт']);
  });

  it('accepts a deadline of today, refuses one in the past', () => {
    expect(checkRequestDraft(draft({ deadline: TODAY }), TODAY).ok).toBe(true);
    const r = checkRequestDraft(draft({ deadline: '2026-12-03' }), TODAY);
    expect(r).toMatchObject({ ok: false, code: 'request-deadline-past' });
  });

  it('refuses an empty question list', () => {
    expect(checkRequestDraft(draft({ questions: [] }), TODAY)).toMatchObject({
      ok: false,
      code: 'request-no-questions',
    });
  });

  it('refuses a question type this version does not know, naming the question', () => {
    const questions = [
      { type: 'number', label: 'a' },
      { type: 'signature', label: 'b' },
    ];
    expect(checkRequestDraft(draft({ questions }), TODAY)).toMatchObject({
      ok: false,
      code: 'request-question-type-unknown',
      question: 1,
    });
  });

  it('refuses a choice with fewer than two options, a prefill of a non-number, an empty pick', () => {
    const choice = [{ type: 'choice', label: 'x', choices: ['one'] }];
    expect(checkRequestDraft(draft({ questions: choice }), TODAY)).toMatchObject({
      code: 'bad-request',
      question: 0,
    });
    const pre = [{ type: 'text', label: 'x', prefill: 'members' }];
    expect(checkRequestDraft(draft({ questions: pre }), TODAY)).toMatchObject({ ok: false });
    const none = { kind: 'selected', orgIds: [] };
    expect(checkRequestDraft(draft({ recipients: none }), TODAY)).toMatchObject({
      code: 'request-no-recipients',
    });
  });
});

describe('answer documents', () => {
  it('names round-trip and other names are not answer documents', () => {
    expect(parseRequestDocName(requestDocName('r1', 'school-004'))).toEqual({
      requestId: 'r1',
      orgId: 'school-004',
    });
    expect(parseRequestDocName('org:school-004')).toBeNull();
    expect(parseRequestDocName('req:bad id:x')).toBeNull();
  });

  it('answers made offline on two replicas merge; the same question converges', () => {
    const a = new AnswerDoc(new Y.Doc());
    const b = new AnswerDoc(new Y.Doc());
    a.setAnswer('q1', '10');
    b.setAnswer('q2', 'yes');
    b.setNote('котельная на ремонте');
    a.setAnswer('q3', 'норма');
    b.setAnswer('q3', 'ремонт');
    Y.applyUpdate(a.ydoc, Y.encodeStateAsUpdate(b.ydoc));
    Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc));
    expect(a.snapshot()).toEqual(b.snapshot());
    expect(a.snapshot().answers).toMatchObject({ q1: '10', q2: 'yes' });
    expect(a.snapshot().note).toBe('котельная на ремонте');
  });

  it('pre-fill writes only unanswered, never-prefilled questions', () => {
    const d = new AnswerDoc(new Y.Doc());
    d.setAnswer('q2', '5');
    expect(d.prefill({ q1: '42', q2: '7' })).toEqual(['q1']);
    d.setAnswer('q1', '');
    expect(d.prefill({ q1: '42' })).toEqual([]); // a cleared answer stays cleared
    expect(d.snapshot().answers).toEqual({ q2: '5' });
  });
});

describe('pre-fill from the registry', () => {
  const summary: OrgSummary = {
    ...EMPTY_SUMMARY,
    membersTotal: 154,
    women: 120,
    youth: 31,
    workers: 200,
    workersKnownOrgs: 1,
    membersWhereWorkersKnown: 154,
  };
  it('answers members, women, youth, workers and coverage from the rollup', () => {
    const qs = (['members', 'women', 'youth', 'workers', 'coverage'] as const).map((p, i) =>
      q({ id: `q${i}`, type: 'number', prefill: p }),
    );
    expect(prefillAnswers(qs, summary)).toEqual({
      q0: '154',
      q1: '120',
      q2: '31',
      q3: '200',
      q4: '77',
    });
  });
  it('leaves coverage and workers empty when no workers count is known', () => {
    const qs = [q({ id: 'a', type: 'number', prefill: 'coverage' })];
    expect(prefillAnswers(qs, { ...EMPTY_SUMMARY, membersTotal: 3 })).toEqual({});
    expect(prefillAnswers(qs, null)).toEqual({});
  });
});

describe('completion', () => {
  const qs = [
    q({ id: 'n', type: 'number' }),
    q({ id: 'y', type: 'yesno' }),
    q({ id: 'd', type: 'date', required: false }),
  ];
  it('counts valid answers of required questions; an invalid one is not answered', () => {
    const p = answerProgress(
      qs,
      { answers: { n: 'много', y: 'yes' }, answeredAt: null },
      '2026-12-03',
      TODAY,
    );
    expect(p).toMatchObject({ filled: 1, required: 2, requiredFilled: 1, percent: 50 });
    expect(p.overdue).toBe(true);
    expect(missingRequired(qs, { n: 'много', y: 'yes' }).map((x) => x.id)).toEqual(['n']);
  });
  it('a request marked answered is not overdue; on the deadline day nothing is', () => {
    const done = answerProgress(
      qs,
      { answers: {}, answeredAt: '2026-12-05T10:00:00Z' },
      '2026-12-01',
      TODAY,
    );
    expect(done).toMatchObject({ answered: true, overdue: false });
    expect(answerProgress(qs, { answers: {}, answeredAt: null }, TODAY, TODAY).overdue).toBe(false);
  });
  it('request completion: 153 of 154 answered is 99.35 %', () => {
    const rows = Array.from({ length: 154 }, (_, i) => ({ answered: i > 0, overdue: i === 0 }));
    expect(requestCompletion(rows)).toEqual({
      recipients: 154,
      answered: 153,
      overdue: 1,
      percent: 99.35,
    });
  });
});

describe('parseDataRequest: an older client meets a newer question type', () => {
  it('keeps known questions and lists the unknown ones instead of dropping them silently', () => {
    const parsed = parseDataRequest({
      id: 'r1',
      ownerOrgId: 'city',
      title: 't',
      deadline: '2026-12-20',
      createdAt: 1,
      recipients: 2,
      questions: [
        { id: 'q1', type: 'number', label: 'Членов' },
        { id: 'q2', type: 'file', label: 'Скан акта' },
      ],
    });
    expect(parsed?.request.questions.map((x) => x.id)).toEqual(['q1']);
    expect(parsed?.unsupported).toEqual(['Скан акта']);
  });
});

describe('REST parsers', () => {
  it('read back what the server writes and refuse a broken row', async () => {
    const { parseRequestTable, parseRequestList } = await import('./index.ts');
    const request = {
      id: 'r1',
      ownerOrgId: 'city',
      title: 't',
      deadline: '2026-12-20',
      createdAt: 1,
      recipients: 1,
      questions: [
        { id: 'q1', type: 'number', label: 'a', required: true, choices: [], prefill: null },
      ],
    };
    const completion = { recipients: 1, answered: 1, overdue: 0, percent: 100 };
    const row = {
      orgId: 's1',
      orgName: 'Школа',
      answers: { q1: '3' },
      note: '',
      filled: 1,
      percent: 100,
      answered: true,
      answeredAt: '2026-12-04T10:00:00Z',
      overdue: false,
      remindedAt: null,
      reminders: 0,
    };
    const table = { today: TODAY, request, rows: [row], completion };
    expect(parseRequestTable(JSON.parse(JSON.stringify(table)))).toEqual(table);
    expect(parseRequestTable({ ...table, rows: [{ ...row, answers: { q1: 3 } }] })).toBeNull();
    const list = { today: TODAY, requests: [{ request, completion }], received: [] };
    expect(parseRequestList(list)).toEqual(list);
    expect(parseRequestList({ today: TODAY, requests: [] })).toBeNull();
  });
});
