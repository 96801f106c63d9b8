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
// Version 2: a member's status changes only through dated records (lifecycle/records.ts);
// the stored `status` key is kept only as an undated removal from before the records, so
// the step deletes every `status` the records already say (active, or left with a dated
// removal after the last entry). Deleting is idempotent and commutes with itself.
// A migration brings a document written by an older version up to SCHEMA_VERSION; each
// step is idempotent, because two replicas may run the same step concurrently.
import * as Y from 'yjs';
import { factsByMember, timelineOf } from '../lifecycle/index.ts';
import type { MembershipEvent } from '../model/event.ts';

export const SCHEMA_VERSION = 2;

export const ROOT = {
  meta: 'meta',
  passport: 'passport',
  members: 'members',
  events: 'events',
  history: 'history',
  columns: 'columns',
  positions: 'positions',
} as const;

/**
 * What one stored change touched, by root type: `roots` every root changed (a nested change
 * counts for its root); `fields`, per root, the keys changed in the maps right under it (a
 * member's fields under `members`); `shallow` the roots changed in themselves (an entry
 * added, removed or set — a member added) or deeper than one map down, where anything may
 * have changed. The relay fills it from the Yjs transaction.
 */
export interface DocChange {
  readonly roots: Set<string>;
  readonly shallow: Set<string>;
  readonly fields: Map<string, Set<string>>;
}

/**
 * The roots OrgDoc.snapshot() reads — every root but the cell history. Counts, reports,
 * card checks and person keys all derive from the snapshot, so a change of no other root
 * (the history, or a root this version does not know) cannot change them.
 */
const SNAPSHOT_ROOTS: ReadonlySet<string> = new Set([
  ROOT.meta,
  ROOT.passport,
  ROOT.members,
  ROOT.events,
  ROOT.columns,
  ROOT.positions,
]);

/** May a change of these roots change OrgDoc.snapshot()? */
export function changesSnapshot(roots: Iterable<string>): boolean {
  for (const root of roots) if (SNAPSHOT_ROOTS.has(root)) return true;
  return false;
}

/**
 * May the change alter who is a member, their records or status, or one of `fields` of a
 * member? True for any change of the records (`events`) or of `meta` (a migration), a
 * member added or removed, or a listed field of one; false for other fields (a phone).
 */
export function changesMembers(change: DocChange, fields: ReadonlySet<string>): boolean {
  const { roots } = change;
  if (roots.has(ROOT.events) || roots.has(ROOT.meta)) return true;
  if (!roots.has(ROOT.members)) return false;
  if (change.shallow.has(ROOT.members)) return true;
  for (const field of change.fields.get(ROOT.members) ?? []) if (fields.has(field)) return true;
  return false;
}

type Migration = (doc: Y.Doc) => void;

/** MIGRATIONS[n] upgrades a document from version n to n + 1. */
const MIGRATIONS: readonly Migration[] = [
  // 0 -> 1: version 1 is the first layout; nothing to move.
  () => {},
  // 1 -> 2: the status is read from records; keep only undated removals.
  (doc) => {
    const events = doc.getArray<MembershipEvent>(ROOT.events).toArray();
    const facts = factsByMember(events);
    doc.getMap<unknown>(ROOT.members).forEach((map, id) => {
      if (!(map instanceof Y.Map)) return;
      const status: unknown = map.get('status');
      if (status === undefined) return;
      if (status === 'left') {
        const joinedDate: unknown = map.get('joinedDate');
        const timeline = timelineOf(
          { joinedDate: typeof joinedDate === 'string' ? joinedDate : '' },
          facts.get(id) ?? [],
        );
        if (timeline[timeline.length - 1]?.effect !== 'leaves') return;
      }
      map.delete('status');
    });
  },
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
