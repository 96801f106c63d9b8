// Tables of data requests (requests/): what a committee asked (questions as JSON, the
// deadline) and one row per recipient organization — reminders sent, and the answer as
// last read from its answer document `req:<rid>:<orgId>` (answers JSON, note, counts),
// which is what the committee's table and the chair's task read. The answer document is
// the truth; these columns are derived from it on every stored change. Never a member id.
import { schemaStep } from './sql-dialects.ts';

export const REQUESTS_SCHEMA = schemaStep(
  (t) => `
  CREATE TABLE data_requests (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    title TEXT NOT NULL,
    deadline TEXT NOT NULL,
    questions ${t.json} NOT NULL,
    created_by TEXT NOT NULL,
    created_at ${t.int64} NOT NULL
  );
  CREATE INDEX data_requests_org ON data_requests (org_id, created_at);
  CREATE TABLE data_request_recipients (
    request_id TEXT NOT NULL,
    org_id TEXT NOT NULL,
    reminded_at ${t.int64},
    reminders INTEGER NOT NULL DEFAULT 0,
    answers ${t.json} NOT NULL DEFAULT '{}',
    note TEXT NOT NULL DEFAULT '',
    answered_at TEXT,
    updated_at ${t.int64} NOT NULL DEFAULT 0,
    PRIMARY KEY (request_id, org_id)
  );
  CREATE INDEX data_request_recipients_org ON data_request_recipients (org_id);
`,
);
