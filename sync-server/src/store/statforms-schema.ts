// Tables of the statistical forms (statforms/): reporting campaigns a committee
// opens for its subtree, and one form per organization and reporting date — its state,
// the hand-entered lines and explanations, and once handed in the frozen figures (line
// values and gap counts as JSON; never member ids or other personal data). Each
// migration list (migrations.ts, pg-migrations.ts) has one step that runs its dialect's
// string.

const TABLES = (int64: string) => `
  CREATE TABLE statform_campaigns (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    as_of TEXT NOT NULL,
    deadline TEXT NOT NULL,
    title TEXT NOT NULL,
    opened_by TEXT NOT NULL,
    opened_at ${int64} NOT NULL,
    UNIQUE (org_id, as_of)
  );
  CREATE TABLE statforms (
    org_id TEXT NOT NULL,
    as_of TEXT NOT NULL,
    state TEXT NOT NULL,
    manual TEXT NOT NULL,
    explanations TEXT NOT NULL,
    frozen TEXT,
    handed_by TEXT,
    handed_at ${int64},
    reviewed_by TEXT,
    reviewed_at ${int64},
    comment TEXT NOT NULL,
    updated_at ${int64} NOT NULL,
    PRIMARY KEY (org_id, as_of)
  );
`;

export const STATFORMS_SQLITE = TABLES('INTEGER');
export const STATFORMS_PG = TABLES('BIGINT');
