// Each organization's summary row keeps its dated counts (core dated-counts: birth and
// event dates by count) in a column of its own, read only for the rows of another day
// when they are re-dated — never with every summary at start.
import { schemaStep } from './sql-dialects.ts';

export const DATED_COUNTS_SCHEMA = schemaStep(
  () => `
  ALTER TABLE org_summaries ADD COLUMN dated TEXT;
`,
);
