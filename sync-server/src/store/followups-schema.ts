// Columns the forms and feedback follow-ups need, one step in each migration list:
// a reporting campaign can be closed (who and when; a closed campaign takes no more
// hand-ins and sets no tasks), and a feedback message remembers when it was last answered
// and when its author last saw it (an answer they have not seen is a notice on entry).
import { schemaStep } from './sql-dialects.ts';

export const FOLLOWUPS_SCHEMA = schemaStep(
  (t) => `
  ALTER TABLE statform_campaigns ADD COLUMN closed_at ${t.int64};
  ALTER TABLE statform_campaigns ADD COLUMN closed_by TEXT;
  ALTER TABLE feedback ADD COLUMN answered_at ${t.int64};
  ALTER TABLE feedback ADD COLUMN seen_at ${t.int64};
`,
);
