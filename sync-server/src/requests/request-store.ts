// SQL of data requests (tables in store/requests-schema.ts), written once for SQLite and
// PostgreSQL over store/sql.ts. A request and its recipient rows are written in one batch;
// answer columns are rewritten from the answer document after each stored change (derived,
// so not durable on their own: the document is, and a later change rewrites them).
import type { Question } from '@profgrid/core/requests';
import type { Sql } from '../store/sql.ts';

export interface RequestRecord {
  readonly id: string;
  readonly orgId: string;
  readonly title: string;
  readonly deadline: string;
  readonly questions: readonly Question[];
  readonly createdBy: string;
  readonly createdAt: number;
}

export interface RecipientRecord {
  readonly requestId: string;
  readonly orgId: string;
  readonly remindedAt: number | null;
  readonly reminders: number;
  readonly answers: Readonly<Record<string, string>>;
  readonly note: string;
  readonly answeredAt: string | null;
}

interface RequestSql {
  id: string;
  org_id: string;
  title: string;
  deadline: string;
  questions: string;
  created_by: string;
  created_at: number;
}

interface RecipientSql {
  request_id: string;
  org_id: string;
  reminded_at: number | null;
  reminders: number;
  answers: string;
  note: string;
  answered_at: string | null;
}

const requestOf = (r: RequestSql): RequestRecord => ({
  id: r.id,
  orgId: r.org_id,
  title: r.title,
  deadline: r.deadline,
  questions: JSON.parse(r.questions) as Question[],
  createdBy: r.created_by,
  createdAt: Number(r.created_at),
});

const recipientOf = (r: RecipientSql): RecipientRecord => ({
  requestId: r.request_id,
  orgId: r.org_id,
  remindedAt: r.reminded_at === null ? null : Number(r.reminded_at),
  reminders: Number(r.reminders),
  answers: JSON.parse(r.answers) as Record<string, string>,
  note: r.note,
  answeredAt: r.answered_at,
});

const RECIPIENT_COLUMNS = 'request_id, org_id, reminded_at, reminders, answers, note, answered_at';

export class RequestStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  async insert(request: RequestRecord, recipients: readonly string[]): Promise<void> {
    await this.#sql.batch([
      {
        sql:
          'INSERT INTO data_requests (id, org_id, title, deadline, questions, created_by, created_at) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?)',
        params: [
          request.id,
          request.orgId,
          request.title,
          request.deadline,
          JSON.stringify(request.questions),
          request.createdBy,
          request.createdAt,
        ],
      },
      ...recipients.map((orgId) => ({
        sql: 'INSERT INTO data_request_recipients (request_id, org_id) VALUES (?, ?)',
        params: [request.id, orgId],
      })),
    ]);
  }

  async request(id: string): Promise<RequestRecord | undefined> {
    const row = await this.#sql.get<RequestSql>('SELECT * FROM data_requests WHERE id = ?', [id]);
    return row && requestOf(row);
  }

  /** Requests sent by an organization, newest first. */
  async sentBy(orgId: string): Promise<RequestRecord[]> {
    const rows = await this.#sql.all<RequestSql>(
      'SELECT * FROM data_requests WHERE org_id = ? ORDER BY created_at DESC, id',
      [orgId],
    );
    return rows.map(requestOf);
  }

  /** Requests the organization received, newest first, with its own row. */
  async receivedBy(
    orgId: string,
  ): Promise<{ request: RequestRecord; recipient: RecipientRecord }[]> {
    const rows = await this.#sql.all<RequestSql & { r_org_id: string } & RecipientSql>(
      'SELECT d.*, r.org_id AS r_org_id, r.request_id, r.reminded_at, r.reminders, r.answers, ' +
        'r.note, r.answered_at FROM data_request_recipients r ' +
        'JOIN data_requests d ON d.id = r.request_id ' +
        'WHERE r.org_id = ? ORDER BY d.created_at DESC, d.id',
      [orgId],
    );
    return rows.map((r) => ({
      request: requestOf(r),
      recipient: recipientOf({ ...r, org_id: r.r_org_id }),
    }));
  }

  async recipients(requestId: string): Promise<RecipientRecord[]> {
    const rows = await this.#sql.all<RecipientSql>(
      `SELECT ${RECIPIENT_COLUMNS} FROM data_request_recipients WHERE request_id = ?`,
      [requestId],
    );
    return rows.map(recipientOf);
  }

  async recipient(requestId: string, orgId: string): Promise<RecipientRecord | undefined> {
    const row = await this.#sql.get<RecipientSql>(
      `SELECT ${RECIPIENT_COLUMNS} FROM data_request_recipients WHERE request_id = ? AND org_id = ?`,
      [requestId, orgId],
    );
    return row && recipientOf(row);
  }

  /** Requests not yet marked answered by any of the organizations, with their rows. */
  async unansweredFor(
    orgIds: readonly string[],
  ): Promise<{ request: RequestRecord; recipient: RecipientRecord }[]> {
    if (orgIds.length === 0) return [];
    const rows = await this.#sql.all<RequestSql & { r_org_id: string } & RecipientSql>(
      'SELECT d.*, r.org_id AS r_org_id, r.request_id, r.reminded_at, r.reminders, r.answers, ' +
        'r.note, r.answered_at FROM data_request_recipients r ' +
        'JOIN data_requests d ON d.id = r.request_id ' +
        `WHERE ${this.#sql.inJsonList('r.org_id')} AND r.answered_at IS NULL`,
      [JSON.stringify(orgIds)],
    );
    return rows.map((r) => ({
      request: requestOf(r),
      recipient: recipientOf({ ...r, org_id: r.r_org_id }),
    }));
  }

  async saveAnswer(
    requestId: string,
    orgId: string,
    answer: { answers: Record<string, string>; note: string; answeredAt: string | null },
    at: number,
  ): Promise<void> {
    await this.#sql.batch(
      [
        {
          sql:
            'UPDATE data_request_recipients SET answers = ?, note = ?, answered_at = ?, updated_at = ? ' +
            'WHERE request_id = ? AND org_id = ?',
          params: [
            JSON.stringify(answer.answers),
            answer.note,
            answer.answeredAt,
            at,
            requestId,
            orgId,
          ],
        },
      ],
      { durable: false },
    );
  }

  /** Marks a reminder for the given recipients that have not answered; how many. */
  async remind(requestId: string, orgIds: readonly string[], at: number): Promise<number> {
    if (orgIds.length === 0) return 0;
    return this.#sql.run(
      'UPDATE data_request_recipients SET reminded_at = ?, reminders = reminders + 1 ' +
        `WHERE request_id = ? AND answered_at IS NULL AND ${this.#sql.inJsonList('org_id')}`,
      [at, requestId, JSON.stringify(orgIds)],
    );
  }
}
