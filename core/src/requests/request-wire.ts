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

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const strMap = (v: unknown): Record<string, string> | null => {
  if (!isObj(v)) return null;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x !== 'string') return null;
    out[k] = x;
  }
  return out;
};

function parseCompletion(v: unknown): RequestCompletion | null {
  if (!isObj(v)) return null;
  const { recipients, answered, overdue, percent } = v;
  return num(recipients) && num(answered) && num(overdue) && num(percent)
    ? { recipients, answered, overdue, percent }
    : null;
}

/** A request as the web reads it from a REST answer (unknown question types skipped). */
export function parseRequestOnly(v: unknown): DataRequest | null {
  return parseDataRequest(v)?.request ?? null;
}

function parseRow(v: unknown): RequestRow | null {
  if (!isObj(v)) return null;
  const answers = strMap(v['answers']);
  const { orgId, orgName, note, filled, percent, answered, answeredAt, overdue } = v;
  const { remindedAt, reminders } = v;
  if (!answers || typeof orgId !== 'string' || typeof orgName !== 'string') return null;
  if (typeof note !== 'string' || !num(filled) || !num(percent) || !num(reminders)) return null;
  if (typeof answered !== 'boolean' || typeof overdue !== 'boolean') return null;
  if (!(answeredAt === null || typeof answeredAt === 'string')) return null;
  if (!(remindedAt === null || num(remindedAt))) return null;
  return {
    orgId,
    orgName,
    answers,
    note,
    filled,
    percent,
    answered,
    answeredAt,
    overdue,
    remindedAt,
    reminders,
  };
}

export function parseRequestTable(v: unknown): RequestTable | null {
  if (!isObj(v) || typeof v['today'] !== 'string' || !Array.isArray(v['rows'])) return null;
  const request = parseRequestOnly(v['request']);
  const completion = parseCompletion(v['completion']);
  const rows = (v['rows'] as unknown[]).map(parseRow);
  if (!request || !completion || rows.some((r) => r === null)) return null;
  return { today: v['today'], request, completion, rows: rows as RequestRow[] };
}

export function parseRequestList(v: unknown): RequestList | null {
  if (!isObj(v) || typeof v['today'] !== 'string') return null;
  if (!Array.isArray(v['requests']) || !Array.isArray(v['received'])) return null;
  const requests: RequestListItem[] = [];
  for (const item of v['requests'] as unknown[]) {
    const request = isObj(item) ? parseRequestOnly(item['request']) : null;
    const completion = isObj(item) ? parseCompletion(item['completion']) : null;
    if (!request || !completion) return null;
    requests.push({ request, completion });
  }
  const received: ReceivedRequest[] = [];
  for (const item of v['received'] as unknown[]) {
    if (!isObj(item)) return null;
    const request = parseRequestOnly(item['request']);
    const { answered, overdue, percent } = item;
    if (!request || typeof answered !== 'boolean' || typeof overdue !== 'boolean') return null;
    if (!num(percent)) return null;
    received.push({ request, answered, overdue, percent });
  }
  return { today: v['today'], requests, received };
}

export function parseReminded(v: unknown): { reminded: number } | null {
  return isObj(v) && num(v['reminded']) ? { reminded: v['reminded'] } : null;
}
