// The versioned layout of an organization document (`org:<id>`). Root types:
//   meta      Y.Map   schemaVersion
//   passport  Y.Map   PassportField -> string
//   members   Y.Map   memberId -> Y.Map(MemberField -> string)   field-level LWW merge
//   events    Y.Array MembershipEvent (plain JSON)
//   history   Y.Array CellHistoryEntry (plain JSON, capped per cell; cell-history.ts)
//   columns   Y.Map   columnId -> Y.Map(name, type, choices JSON, order)   custom columns;
//                     their values sit in the member maps under `c:<columnId>`
//   positions Y.Map   positionId -> PositionRecord (plain JSON; core/src/positions), a new
//                     root like `columns`: no version bump
// Adding `columns` moved no version: it is a new root and new keys that older code ignores
// (toMemberRecord reads known keys only), so nothing needs upgrading, and a bump would make
// clients of the previous release open every migrated document read-only ('too-new').
// Nor did the passport keys chairGender, chairBirthDate, chairFullTime, electedBodySize
// (OrgDoc.passport reads known keys only; a missing key reads as '').
// A migration brings a document written by an older version up to SCHEMA_VERSION; each
// step is idempotent, because two replicas may run the same step concurrently.
import type * as Y from 'yjs';

export const SCHEMA_VERSION = 1;

export const ROOT = {
  meta: 'meta',
  passport: 'passport',
  members: 'members',
  events: 'events',
  history: 'history',
  columns: 'columns',
  positions: 'positions',
} as const;

type Migration = (doc: Y.Doc) => void;

/** MIGRATIONS[n] upgrades a document from version n to n + 1. */
const MIGRATIONS: readonly Migration[] = [
  // 0 -> 1: version 1 is the first layout; nothing to move.
  () => {},
];

export type MigrationResult =
  | { readonly kind: 'current' }
  | { readonly kind: 'migrated'; readonly from: number }
  | { readonly kind: 'too-new'; readonly version: number };

/** Reads meta.schemaVersion (0 when absent) and applies the missing migrations. */
export function migrate(doc: Y.Doc, origin: unknown = null): MigrationResult {
  const meta = doc.getMap<unknown>(ROOT.meta);
  const raw = meta.get('schemaVersion');
  const version = typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : 0;
  if (version > SCHEMA_VERSION) return { kind: 'too-new', version };
  if (version === SCHEMA_VERSION) return { kind: 'current' };
  doc.transact(() => {
    for (let v = version; v < SCHEMA_VERSION; v++) MIGRATIONS[v]?.(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
  }, origin);
  return { kind: 'migrated', from: version };
}
