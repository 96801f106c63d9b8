// Tables of people across organizations, one step of each migration list (rendered for
// both dialects by schemaStep):
// - person_keys: the duplicate index — per organization and member on the register, a
//   keyed hash (HMAC-SHA-256, first 128 bits, hex) of each identifying key (full name
//   with birth date; card number; core/src/duplicates). No names are stored: the hash
//   answers only "the same key" to whoever holds the secret.
// - duplicate_pairs: the pairs of members of two organizations sharing a key, kept when
//   either organization is re-indexed (a_* sorts before b_*), for the chairs' notices and
//   the committees' counts without a join over the whole index.
// - duplicate_dismissals: pairs a chair marked «разные люди» (remembered across
//   re-indexing; the pair id is itself a keyed hash of both members).
// - duplicate_secret: the HMAC key, made once by whichever instance starts first.
// - chair_cards gains the term of office of an entry taken from position records.
import { schemaStep } from './sql-dialects.ts';

export const PEOPLE_SCHEMA = schemaStep(
  (t) => `
  CREATE TABLE person_keys (
    org_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    PRIMARY KEY (org_id, member_id, kind)
  );
  CREATE INDEX person_keys_hash ON person_keys (key_hash);
  CREATE TABLE duplicate_pairs (
    pair_id TEXT PRIMARY KEY,
    a_org TEXT NOT NULL,
    a_member TEXT NOT NULL,
    b_org TEXT NOT NULL,
    b_member TEXT NOT NULL,
    by_name INTEGER NOT NULL,
    by_card INTEGER NOT NULL
  );
  CREATE INDEX duplicate_pairs_a ON duplicate_pairs (a_org);
  CREATE INDEX duplicate_pairs_b ON duplicate_pairs (b_org);
  CREATE TABLE duplicate_dismissals (
    pair_id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    user_id TEXT,
    at ${t.int64} NOT NULL
  );
  CREATE TABLE duplicate_secret (
    id INTEGER PRIMARY KEY,
    secret TEXT NOT NULL
  );
  ALTER TABLE chair_cards ADD COLUMN term_start TEXT NOT NULL DEFAULT '';
  ALTER TABLE chair_cards ADD COLUMN term_end TEXT NOT NULL DEFAULT '';
`,
);
