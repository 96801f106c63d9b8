// Typed access to an organization document. Neither web nor server touches raw Y.Map
// keys: they go through OrgDoc. Every field value is stored as a string exactly as given,
// so concurrent edits of different fields of one member both survive (one Y.Map per
// member) and an invalid value is kept for validation to flag.
import * as Y from 'yjs';
import { MEMBER_FIELDS, emptyMember, isMemberField } from '../model/member.ts';
import { PASSPORT_FIELDS, emptyPassport } from '../model/passport.ts';
import type { PassportField, PassportRecord } from '../model/passport.ts';
import type { MembershipEvent } from '../model/event.ts';
import { isCustomKey } from '../model/custom-column.ts';
import type { CellKey, CustomColumn, MemberRow } from '../model/custom-column.ts';
import { CustomColumns } from './custom-columns.ts';
import { ROOT, SCHEMA_VERSION } from './schema.ts';
import { CellHistory } from './cell-history.ts';
import { readPositions } from '../positions/positions-doc.ts';
import type { PositionRecord } from '../positions/position.ts';
import type { CellHistoryEntry, HistoryActor } from './cell-history.ts';
import { MemberRecords } from './member-records.ts';
import type { RecordInput } from './member-records.ts';
import type { RecordCheck } from '../lifecycle/index.ts';

export interface OrgSnapshot {
  readonly schemaVersion: number;
  readonly passport: PassportRecord;
  /** Members with their custom columns' values under `c:<columnId>` keys. */
  readonly members: readonly MemberRow[];
  readonly events: readonly MembershipEvent[];
  /** Custom column definitions (absent in snapshots built by hand). */
  readonly columns?: readonly CustomColumn[];
  /** Union posts held in this organization's bodies (absent in snapshots built by hand). */
  readonly positions?: readonly PositionRecord[];
}

/** Field values of a member: built-in fields and custom columns' `c:<columnId>` keys. */
export type MemberFields = Partial<Record<CellKey, string>>;

export type { RecordInput };

/** Edits the document refused: the status changes only through records. */
export interface RefusedEdit {
  readonly field: 'status';
  readonly count: number;
}

/** Which members changed in one transaction, and whether it was ours. */
export interface MembersChange {
  /** Members added, removed or with a changed field. */
  readonly ids: ReadonlySet<string>;
  readonly local: boolean;
  readonly origin: unknown;
}

export interface OrgDocOptions {
  /** Transaction origin of this replica's edits (UndoManager tracks it). */
  readonly origin?: unknown;
  /**
   * Who edits through this OrgDoc and their clock: when given, every member field write
   * (setMemberFields: cell edits, paste, fill, import updates) is recorded in the cell
   * history. The relay and demo writers give none and record nothing.
   */
  readonly history?: { readonly actor: HistoryActor; readonly now: () => number };
}

export class OrgDoc {
  readonly ydoc: Y.Doc;
  readonly origin: unknown;
  readonly #passport: Y.Map<string>;
  readonly #members: Y.Map<Y.Map<string>>;
  readonly #records: MemberRecords;
  readonly #history: CellHistory;
  readonly #recorder: OrgDocOptions['history'];
  readonly #columns: Y.Map<Y.Map<unknown>>;
  readonly #refused = new Set<(edit: RefusedEdit) => void>();
  /** Custom column definitions (values: setMemberFields with `c:<id>` keys). */
  readonly columns: CustomColumns;

  constructor(ydoc: Y.Doc, options: OrgDocOptions = {}) {
    this.ydoc = ydoc;
    this.origin = options.origin ?? null;
    this.#passport = ydoc.getMap<string>(ROOT.passport);
    this.#members = ydoc.getMap<Y.Map<string>>(ROOT.members);
    const events = ydoc.getArray<MembershipEvent>(ROOT.events);
    this.#records = new MemberRecords(ydoc, events, this.#members, (fn) => this.transact(fn));
    this.#history = new CellHistory(ydoc);
    this.#recorder = options.history;
    this.#columns = ydoc.getMap<Y.Map<unknown>>(ROOT.columns);
    this.columns = new CustomColumns(this.#columns, this.#members, (fn) => this.transact(fn));
  }

  /** A member's row: stored fields, today's status from the records, record columns. */
  #row(id: string, map: Y.Map<string>): MemberRow {
    return this.#records.row(toMemberRecord(id, map));
  }

  /** The Yjs types an UndoManager scoped to this document should track. */
  get trackedTypes(): Y.AbstractType<unknown>[] {
    const types = [
      this.#passport,
      this.#members,
      this.#records.type,
      this.#columns,
      this.#history.type,
    ];
    return types as Y.AbstractType<unknown>[];
  }

  get schemaVersion(): number {
    const v = this.ydoc.getMap<unknown>(ROOT.meta).get('schemaVersion');
    return typeof v === 'number' ? v : 0;
  }

  transact(fn: () => void): void {
    this.ydoc.transact(fn, this.origin);
  }

  // --- passport -------------------------------------------------------------------

  passport(): PassportRecord {
    const record: Record<string, string> = { ...emptyPassport() };
    for (const field of PASSPORT_FIELDS) record[field] = readString(this.#passport, field);
    return record as PassportRecord;
  }

  setPassportField(field: PassportField, value: string): void {
    if (readString(this.#passport, field) === value) return;
    this.transact(() => this.#passport.set(field, value));
  }

  observePassport(listener: (local: boolean) => void): () => void {
    const handler = (_e: Y.YMapEvent<string>, tr: Y.Transaction) => listener(tr.local);
    this.#passport.observe(handler);
    return () => this.#passport.unobserve(handler);
  }

  // --- members --------------------------------------------------------------------

  get memberCount(): number {
    return this.#members.size;
  }

  memberIds(): string[] {
    return Array.from(this.#members.keys());
  }

  hasMember(id: string): boolean {
    return this.#members.has(id);
  }

  member(id: string): MemberRow | undefined {
    const map = this.#members.get(id);
    return map instanceof Y.Map ? this.#row(id, map) : undefined;
  }

  members(): MemberRow[] {
    const out: MemberRow[] = [];
    this.#members.forEach((map, id) => {
      if (map instanceof Y.Map) out.push(this.#row(id, map));
    });
    return out;
  }

  /**
   * Adds a member with the given fields. The status is not stored unless it is `left`
   * (a file imported with removed members: an undated removal, until a record says
   * otherwise). When `joined` is given, the enrolment record is made in the same transaction.
   */
  addMember(
    id: string,
    fields: MemberFields = {},
    joined?: Omit<MembershipEvent, 'type' | 'memberId' | 'reason'>,
  ): void {
    this.transact(() => {
      const map = new Y.Map<string>();
      const values: MemberFields = { ...fields, status: fields.status === 'left' ? 'left' : '' };
      for (const field of MEMBER_FIELDS) {
        const value = values[field];
        if (value !== undefined && value !== '') map.set(field, value);
      }
      for (const [key, value] of Object.entries(values)) {
        if (isCustomKey(key) && typeof value === 'string' && value !== '') map.set(key, value);
      }
      this.#members.set(id, map);
      if (joined) this.#records.pushJoined(id, joined);
    });
  }

  /** Sets several members' fields (built-in or `c:<columnId>`) in one transaction (one undo step). */
  setMemberFields(edits: readonly { id: string; field: CellKey; value: string }[]): number {
    let applied = 0;
    const recorded: CellHistoryEntry[] = [];
    const rec = this.#recorder;
    const at = rec?.now() ?? 0;
    let refused = 0;
    this.transact(() => {
      for (const { id, field, value } of edits) {
        const map = this.#members.get(id);
        if (!(map instanceof Y.Map)) continue;
        if (field === 'status') {
          // Only records change the status (enrol / removeFromRegister / restore).
          if (value !== this.#row(id, map).status) refused++;
          continue;
        }
        const prev = readString(map, field);
        if (prev === value) continue;
        if (value === '') map.delete(field);
        else map.set(field, value);
        applied++;
        if (rec)
          recorded.push({
            memberId: id,
            field,
            value,
            prev,
            by: rec.actor.id,
            byName: rec.actor.name,
            at,
          });
      }
      this.#history.append(recorded);
    });
    if (refused > 0) for (const fn of this.#refused) fn({ field: 'status', count: refused });
    return applied;
  }

  /** Calls `listener` when edits were refused (a status typed, pasted, filled or imported). */
  observeRefused(listener: (edit: RefusedEdit) => void): () => void {
    this.#refused.add(listener);
    return () => this.#refused.delete(listener);
  }

  /** Sets one field; false when the member does not exist. Empty string clears it. */
  setMemberField(id: string, field: CellKey, value: string): boolean {
    if (!this.#members.has(id)) return false;
    this.setMemberFields([{ id, field, value }]);
    return true;
  }

  /** Removes the record entirely (an entry made by mistake). */
  deleteMember(id: string): void {
    if (!this.#members.has(id)) return;
    this.transact(() => {
      this.#members.delete(id);
      // The history holds the member's values: they go with the record.
      this.#history.forget(new Set([id]));
    });
  }

  /**
   * Takes a member off the register (снятие с учёта): a `left` record. False, and nothing
   * recorded, when refused (see removal()).
   */
  removeFromRegister(id: string, event: RecordInput, today = event.date): boolean {
    return this.removal(id, event, today).ok;
  }

  /**
   * A removal record, refused with the reason when the member does not exist, is not on
   * the register (a repeated click cannot count one departure twice), or the date is not a
   * date, is after `today` or before the member's enrolment.
   */
  removal(id: string, event: RecordInput, today: string): RecordCheck {
    return this.#recordWith(id, (m) => this.#records.removal(m, event, today));
  }

  /** Restoring to the register (восстановление на учёте): refused unless removed before `date`. */
  restore(id: string, event: RecordInput, today: string): RecordCheck {
    return this.#recordWith(id, (m) => this.#records.restore(m, event, today));
  }

  /** The enrolment record of a member entered without one (date, application date and number). */
  enrol(id: string, event: RecordInput, today: string): RecordCheck {
    return this.#recordWith(id, (m) => this.#records.enrol(m, event, today));
  }

  #recordWith(id: string, write: (member: MemberRow) => RecordCheck): RecordCheck {
    const map = this.#members.get(id);
    if (!(map instanceof Y.Map)) return { ok: false, reason: 'not-found' };
    return write(toMemberRecord(id, map));
  }

  /** A member's records in the order they take effect. */
  records(id: string): MembershipEvent[] {
    return this.#records.recordsOf(id);
  }

  observeMembers(listener: (change: MembersChange) => void): () => void {
    const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
      const ids = new Set<string>();
      for (const event of events) {
        if (event.target === this.#members) {
          for (const key of event.changes.keys.keys()) ids.add(key);
        } else {
          const first = event.path[0];
          if (typeof first === 'string') ids.add(first);
        }
      }
      if (ids.size > 0) listener({ ids, local: tr.local, origin: tr.origin });
    };
    this.#members.observeDeep(handler);
    // A record changes its member's status and record columns.
    const offRecords = this.#records.observe((ids, tr) =>
      listener({ ids, local: tr.local, origin: tr.origin }),
    );
    return () => {
      this.#members.unobserveDeep(handler);
      offRecords();
    };
  }

  /** Who changed this member's field and when, newest first (empty when never recorded). */
  cellHistory(id: string, field: CellKey): CellHistoryEntry[] {
    return this.#history.entries(id, field);
  }

  /** Calls `listener` after any change of the cell history. */
  observeHistory(listener: () => void): () => void {
    return this.#history.observe(listener);
  }

  // --- events ---------------------------------------------------------------------

  events(): MembershipEvent[] {
    return this.#records.list();
  }

  recordEvent(event: MembershipEvent): void {
    this.#records.push(event);
  }

  // --- snapshot -------------------------------------------------------------------

  /** Plain data for reports; members sorted by id so equal documents give equal snapshots. */
  snapshot(): OrgSnapshot {
    const members = this.members().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      schemaVersion: this.schemaVersion || SCHEMA_VERSION,
      passport: this.passport(),
      members,
      events: this.events(),
      columns: this.columns.list(),
      positions: readPositions(this.ydoc),
    };
  }
}

function readString(map: { get(key: string): unknown }, key: string): string {
  const value = map.get(key);
  return typeof value === 'string' ? value : '';
}

function toMemberRecord(id: string, map: Y.Map<string>): MemberRow {
  const record: Record<string, string> = { ...emptyMember(id) };
  map.forEach((value, key) => {
    if ((isMemberField(key) || isCustomKey(key)) && typeof value === 'string') record[key] = value;
  });
  return record as MemberRow;
}
