// Tables of the member lifecycle, one step of each migration list (schemaStep):
// - duplicate_indexed: organizations whose document the duplicate index has read at
//   least once. Documents stored before the index existed (or by seeding) are not in it;
//   the server back-fills them at start-up (duplicates/duplicate-index.ts backfill) and
//   a restart goes on where the previous one stopped.
import { schemaStep } from './sql-dialects.ts';

export const LIFECYCLE_SCHEMA = schemaStep(
  (t) => `
  CREATE TABLE duplicate_indexed (
    org_id TEXT PRIMARY KEY,
    at ${t.int64} NOT NULL
  );
`,
);
