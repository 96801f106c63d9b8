// Tables of «Предложение или ошибка» (feedback/): one row per message, its status and
// answer. One SQL string per dialect; each migration list runs its own in one step.
const table = (bigint: string) => `
  CREATE TABLE feedback (
    id TEXT PRIMARY KEY,
    author_id TEXT NOT NULL REFERENCES users(id),
    org_id TEXT NOT NULL,
    text TEXT NOT NULL,
    screen TEXT,
    app_version TEXT,
    status TEXT NOT NULL DEFAULT 'new',
    answer TEXT NOT NULL DEFAULT '',
    answered_by TEXT,
    created_at ${bigint} NOT NULL,
    updated_at ${bigint} NOT NULL
  );
  CREATE INDEX feedback_org ON feedback (org_id, created_at);
  CREATE INDEX feedback_author ON feedback (author_id, created_at);
`;

export const FEEDBACK_SCHEMA_SQLITE = table('INTEGER');
export const FEEDBACK_SCHEMA_PG = table('BIGINT');
