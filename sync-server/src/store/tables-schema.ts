// The registry of committee tables (`table:<id>` documents): who owns each one, its
// title and the template it started from; and the committees' own templates. The rows
// and cells live in the table's Yjs document, not here.
import { schemaStep } from './sql-dialects.ts';

export const TABLES_SCHEMA = schemaStep(
  (t) => `
  CREATE TABLE committee_tables (
    id TEXT PRIMARY KEY,
    owner_org_id TEXT NOT NULL,
    title TEXT NOT NULL,
    template_id TEXT NOT NULL,
    created_by TEXT,
    created_at ${t.int64} NOT NULL
  );
  CREATE INDEX committee_tables_owner ON committee_tables (owner_org_id, created_at);
  CREATE TABLE table_templates (
    id TEXT PRIMARY KEY,
    owner_org_id TEXT NOT NULL,
    title TEXT NOT NULL,
    template ${t.json} NOT NULL,
    created_at ${t.int64} NOT NULL
  );
  CREATE INDEX table_templates_owner ON table_templates (owner_org_id, created_at);
`,
);
