// Transfers of members between organizations (transfers/), one step of each migration
// list. `person` holds the transferred member's carried fields as JSON from the moment
// the transfer is started (the receiving chair sees them, nothing else of the sender's
// list); at most one pending transfer per member and sending organization.
import { schemaStep } from './sql-dialects.ts';

export const TRANSFERS_SCHEMA = schemaStep(
  (t) => `
  CREATE TABLE transfers (
    id TEXT PRIMARY KEY,
    member_id TEXT NOT NULL,
    from_org_id TEXT NOT NULL,
    to_org_id TEXT NOT NULL,
    status TEXT NOT NULL,
    person ${t.json} NOT NULL,
    created_at ${t.int64} NOT NULL,
    created_by TEXT NOT NULL,
    decided_at ${t.int64},
    decided_by TEXT
  );
  CREATE UNIQUE INDEX transfers_pending_member ON transfers (from_org_id, member_id)
    WHERE status = 'pending';
  CREATE INDEX transfers_from ON transfers (from_org_id, status);
  CREATE INDEX transfers_to ON transfers (to_org_id, status);
  CREATE INDEX transfers_status ON transfers (status, created_at);
`,
);
