// Tables of membership cards and partners, one SQL string per dialect; one
// step of migrations.ts and of pg-migrations.ts runs each.
// - card_serials: the last serial handed out per region. Issuance takes a block with one
//   `UPDATE … RETURNING` (atomic on both databases, row lock in PostgreSQL), so serials
//   are unique across instances; a block left partly unused leaves a gap, never a repeat.
// - cards: every number ever issued (UNIQUE number: an adopted typed number can never be
//   handed out again); at most one live card per member (partial unique index), so two
//   instances issuing for the same member at once keep one card.
// - card_links: personal card links, only the SHA-256 of the token is stored.
// - card_regions: region codes given to regional organizations whose own code is not two
//   digits.
// - partners, partner_accounts, card_checks: the committees' discount partners, the users
//   who check cards for them, and one row per check (counts per partner and month).
import { schemaStep } from './sql-dialects.ts';

const COMMON = (serial: string) => `
  CREATE TABLE card_serials (
    region INTEGER PRIMARY KEY,
    last_serial BIGINT NOT NULL
  );
  CREATE TABLE card_regions (
    org_id TEXT PRIMARY KEY,
    region INTEGER NOT NULL UNIQUE
  );
  CREATE TABLE cards (
    number TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    region INTEGER NOT NULL,
    valid_until TEXT NOT NULL,
    key_id INTEGER NOT NULL,
    qr TEXT NOT NULL,
    issued_at BIGINT NOT NULL,
    issued_by TEXT,
    revoked_at BIGINT,
    revoke_reason TEXT
  );
  CREATE UNIQUE INDEX cards_live_member ON cards (org_id, member_id) WHERE revoked_at IS NULL;
  CREATE INDEX cards_org ON cards (org_id);
  CREATE INDEX cards_revoked ON cards (revoked_at);
  CREATE TABLE card_links (
    token_hash TEXT PRIMARY KEY,
    number TEXT NOT NULL REFERENCES cards(number),
    created_at BIGINT NOT NULL,
    created_by TEXT,
    revoked_at BIGINT
  );
  CREATE INDEX card_links_number ON card_links (number);
  CREATE TABLE partners (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
  );
  CREATE INDEX partners_org ON partners (org_id);
  CREATE TABLE partner_accounts (
    user_id TEXT PRIMARY KEY REFERENCES users(id),
    partner_id TEXT NOT NULL REFERENCES partners(id)
  );
  CREATE TABLE card_checks (
    id ${serial},
    partner_id TEXT NOT NULL,
    at BIGINT NOT NULL,
    month TEXT NOT NULL,
    valid INTEGER NOT NULL
  );
  CREATE INDEX card_checks_partner_month ON card_checks (partner_id, month);
`;

export const CARDS_SQLITE = COMMON('INTEGER PRIMARY KEY AUTOINCREMENT');
export const CARDS_POSTGRES = COMMON('BIGSERIAL PRIMARY KEY');

// A later step: a partner's re-sent check report counts once (event_id per partner), and
// card_doc_checks holds the organizations whose stored change awaits its revocation check
// (a row is written when the check is scheduled and deleted when it ran), so a start-up
// after a crash checks exactly those.
export const CARDS_CHECKS_STEP = schemaStep(
  (t) => `
  ALTER TABLE card_checks ADD COLUMN event_id TEXT;
  CREATE UNIQUE INDEX card_checks_event ON card_checks (partner_id, event_id);
  CREATE TABLE card_doc_checks (
    org_id TEXT PRIMARY KEY,
    since ${t.int64} NOT NULL
  );
`,
);
