// The audit log's coalescing key, one step of each migration list (schemaStep):
// `window_key` names a coalesced row (user, organization, action and clock minute) and is
// unique, so every instance on one database adds its count to the same row with an
// upsert instead of inserting its own. Rows that are not coalesced keep it NULL (NULLs
// never collide in a unique index, on either database).
import { schemaStep } from './sql-dialects.ts';

export const AUDIT_WINDOW_SCHEMA = schemaStep(
  () => `
  ALTER TABLE audit_log ADD COLUMN window_key TEXT;
  CREATE UNIQUE INDEX audit_log_window ON audit_log (window_key);
`,
);
