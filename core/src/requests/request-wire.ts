// REST shapes of data requests and their parsers for the client's side of the boundary.
//   POST /api/orgs/:id/requests            RequestDraft → 201 DataRequest
//   GET  /api/orgs/:id/requests            RequestList (sent by the organization, and received)
//   GET  /api/requests/:rid/table          RequestTable (the committee: a row per recipient)
//   POST /api/requests/:rid/remind         { orgIds? } → { reminded }
//   GET  /api/requests/:rid/orgs/:orgId    RequestForOrg (the chair: questions, pre-fill)
// Rows carry answers and counts, never a member of anybody's list.
import { isAnswered, isPrefillSource, isQuestionType } from './questions.ts';
import type { Question } from './questions.ts';
import type { RequestCompletion } from './completion.ts';

export interface DataRequest {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly title: string;
  readonly deadline: string;
  readonly questions: readonly Question[];
  /** ms since 1970 */
  readonly createdAt: number;
  readonly recipients: number;
}

export interface RequestListItem {
  readonly request: DataRequest;
  readonly completion: RequestCompletion;
}

/** A request the organization received, with its own answer's state. */
export interface ReceivedRequest {
  readonly request: DataRequest;
  readonly answered: boolean;
  readonly overdue: boolean;
  readonly percent: number;
}

export interface RequestList {
  readonly today: string;
  readonly requests: readonly RequestListItem[];
  readonly received: readonly ReceivedRequest[];
}

export interface RequestRow {
  readonly orgId: string;
  readonly orgName: string;
  readonly answers: Readonly<Record<string, string>>;
  readonly note: string;
  readonly filled: number;
  readonly percent: number;
  readonly answered: boolean;
  /** ISO time the chair marked it answered. */
  readonly answeredAt: string | null;
  readonly overdue: boolean;
  /** ms of the last reminder, and how many were sent. */
  readonly remindedAt: number | null;
  readonly reminders: number;
}

export interface RequestTable {
  readonly today: string;
  readonly request: DataRequest;
  readonly rows: readonly RequestRow[];
  readonly completion: RequestCompletion;
}

export interface RequestForOrg {
  readonly today: string;
  readonly request: DataRequest;
  readonly orgId: string;
  /** questionId → the registry's figure for the organization's subtree. */
  readonly prefill: Readonly<Record<string, string>>;
  readonly remindedAt: number | null;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A request as this version reads it. Questions of a kind this version does not know are
 * not dropped silently: they come back in `unsupported` (their labels), and the answer
 * form refuses to answer until the app is updated.
 */
export interface ParsedRequest {
  readonly request: DataRequest;
  readonly unsupported: readonly string[];
}

export function parseDataRequest(v: unknown): ParsedRequest | null {
  if (!isObj(v) || !Array.isArray(v['questions'])) return null;
  const { id, ownerOrgId, title, deadline, createdAt, recipients } = v;
  if (typeof id !== 'string' || typeof ownerOrgId !== 'string' || typeof title !== 'string') {
    return null;
  }
  if (typeof deadline !== 'string' || typeof createdAt !== 'number') return null;
  const questions: Question[] = [];
  const unsupported: string[] = [];
  for (const q of v['questions'] as unknown[]) {
    if (!isObj(q) || typeof q['id'] !== 'string' || typeof q['label'] !== 'string') return null;
    if (!isQuestionType(q['type'])) {
      unsupported.push(q['label']);
      continue;
    }
    const choices = Array.isArray(q['choices'])
      ? q['choices'].filter((c): c is string => typeof c === 'string')
      : [];
    questions.push({
      id: q['id'],
      type: q['type'],
      label: q['label'],
      required: q['required'] !== false,
      choices,
      prefill: isPrefillSource(q['prefill']) ? q['prefill'] : null,
    });
  }
  return {
    request: {
      id,
      ownerOrgId,
      title,
      deadline,
      questions,
      createdAt,
      recipients: typeof recipients === 'number' ? recipients : 0,
    },
    unsupported,
  };
}

export function parseRequestForOrg(v: unknown): (RequestForOrg & ParsedRequest) | null {
  if (!isObj(v) || typeof v['orgId'] !== 'string' || typeof v['today'] !== 'string') return null;
  const parsed = parseDataRequest(v['request']);
  if (!parsed) return null;
  const prefill: Record<string, string> = {};
  if (isObj(v['prefill'])) {
    for (const [k, x] of Object.entries(v['prefill'])) if (typeof x === 'string') prefill[k] = x;
  }
  const remindedAt = typeof v['remindedAt'] === 'number' ? v['remindedAt'] : null;
  return { ...parsed, today: v['today'], orgId: v['orgId'], prefill, remindedAt };
}

/** The value of a row's answer as the table shows it ('' when absent or not valid). */
export function validAnswer(question: Question, answers: Readonly<Record<string, string>>): string {
  const value = answers[question.id];
  return value !== undefined && isAnswered(question, value) ? value : '';
}
