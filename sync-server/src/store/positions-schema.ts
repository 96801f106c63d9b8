// The position records' start-up pass, one step of each migration list (schemaStep):
// positions_backfilled — organizations whose posts the server has gone through once:
// name-only holders linked to member ids where exactly one member matched (`linked`),
// the others counted (`unlinked`, left by name and shown as such on the «Актив» tab),
// and the terms of office entered into position_terms (the elections calendar). A
// restart goes on where the previous one stopped (positions/position-backfill.ts).
import { schemaStep } from './sql-dialects.ts';

export const POSITIONS_SCHEMA = schemaStep(
  (t) => `
  CREATE TABLE positions_backfilled (
    org_id TEXT PRIMARY KEY,
    at ${t.int64} NOT NULL,
    linked INTEGER NOT NULL,
    unlinked INTEGER NOT NULL
  );
`,
);
