// Posts held by members of other organizations, one step of each migration list
// (schemaStep): position_holders — for each body (body_org_id) whose posts reference a
// member of another organization, that holder (holder_org_id, member_id) and whether
// they were off that register when last seen (`off`, 1/0). Keyed by the holder first:
// when an organization's membership records change, the bodies to re-index are found
// by its id and member ids, not by reading every document (registry/chair-index.ts).
// positions_backfilled is emptied so that the start-up pass indexes every organization's
// posts once more and fills the table (its links are found again, nothing is re-written).
import { schemaStep } from './sql-dialects.ts';

export const POSITION_HOLDERS_SCHEMA = schemaStep(
  () => `
  CREATE TABLE position_holders (
    holder_org_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    body_org_id TEXT NOT NULL,
    off INTEGER NOT NULL,
    PRIMARY KEY (holder_org_id, member_id, body_org_id)
  );
  CREATE INDEX position_holders_body ON position_holders (body_org_id);
  DELETE FROM positions_backfilled;
`,
);
