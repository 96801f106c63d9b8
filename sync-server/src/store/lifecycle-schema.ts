// Tables of the member lifecycle, one step of each migration list (schemaStep):
// - duplicate_indexed: organizations whose document the duplicate index has read at
//   least once. Documents stored before the index existed (or by seeding) are not in it;
//   the server back-fills them at start-up (duplicates/duplicate-index.ts backfill) and
//   a restart goes on where the previous one stopped.
// - position_terms: every elected post held with a term of office, per organization, kept
//   from its document's position records with the chairs card index (chair-index.ts);
//   the elections calendar reads it across a subtree.
import { schemaStep } from './sql-dialects.ts';

export const LIFECYCLE_SCHEMA = schemaStep(
  (t) => `
  CREATE TABLE duplicate_indexed (
    org_id TEXT PRIMARY KEY,
    at ${t.int64} NOT NULL
  );
  CREATE TABLE position_terms (
    org_id TEXT NOT NULL,
    position_id TEXT NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    term_start TEXT NOT NULL,
    term_end TEXT NOT NULL,
    PRIMARY KEY (org_id, position_id)
  );
  CREATE INDEX position_terms_end ON position_terms (term_end);
`,
);
