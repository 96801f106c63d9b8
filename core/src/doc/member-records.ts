// The lifecycle part of an organization document: the `events` root (enrolment, removal and
// restoring records) read and written for OrgDoc. Records are the only way a member's place
// on the register changes (lifecycle/records.ts decides; this file only stores). Facts and
// records by member are cached and dropped before any observer runs after the events change,
// so a listener reading a member already sees the new records. The cache belongs to the
// Y.Doc, shared by every OrgDoc made over it, with one listener for the document's life: the
// server makes an OrgDoc per recount or check of a loaded document, and a listener per
// instance piled up on it (each edit then ran all of them). Reached through OrgDoc.
import * as Y from 'yjs';
import type { MembershipEvent } from '../model/event.ts';
import type { MemberRow } from '../model/custom-column.ts';
import {
  checkEnrolment,
  checkRemoval,
  checkRestore,
  factsByMember,
  recordValues,
  recordsOf,
  statusOf,
} from '../lifecycle/index.ts';
import type { Fact, RecordCheck, RecordedMember } from '../lifecycle/index.ts';

/** A record's own data (OrgDoc adds the type and the member). */
export type RecordInput = Omit<MembershipEvent, 'type' | 'memberId'>;

type Check = typeof checkRemoval;

/** What is derived from one document's events: null until read after their last change. */
interface RecordsCache {
  facts: Map<string, Fact[]> | null;
  records: Map<string, MembershipEvent[]> | null;
}

const caches = new WeakMap<Y.Doc, RecordsCache>();

/** The document's cache, emptied before the observers of any change of `events` run. */
function cacheOf(ydoc: Y.Doc, events: Y.Array<MembershipEvent>): RecordsCache {
  let cache = caches.get(ydoc);
  if (!cache) {
    const created: RecordsCache = { facts: null, records: null };
    ydoc.on('beforeObserverCalls', (tr: Y.Transaction) => {
      if (tr.changed.has(events)) created.facts = created.records = null;
    });
    caches.set(ydoc, (cache = created));
  }
  return cache;
}

export class MemberRecords {
  readonly #events: Y.Array<MembershipEvent>;
  readonly #members: Y.Map<Y.Map<string>>;
  readonly #transact: (fn: () => void) => void;
  readonly #cache: RecordsCache;

  constructor(
    ydoc: Y.Doc,
    events: Y.Array<MembershipEvent>,
    members: Y.Map<Y.Map<string>>,
    transact: (fn: () => void) => void,
  ) {
    this.#events = events;
    this.#members = members;
    this.#transact = transact;
    this.#cache = cacheOf(ydoc, events);
  }

  get type(): Y.Array<MembershipEvent> {
    return this.#events;
  }

  factsOf(id: string): readonly Fact[] {
    const cache = this.#cache;
    cache.facts ??= factsByMember(this.#events.toArray());
    return cache.facts.get(id) ?? [];
  }

  /** A member's records in the order they take effect. */
  recordsOf(id: string): MembershipEvent[] {
    const cache = this.#cache;
    if (!cache.records) {
      const byMember = new Map<string, MembershipEvent[]>();
      for (const e of this.#events.toArray()) {
        if (!e || typeof e.memberId !== 'string') continue;
        let list = byMember.get(e.memberId);
        if (!list) byMember.set(e.memberId, (list = []));
        list.push(e);
      }
      cache.records = byMember;
    }
    return recordsOf(cache.records.get(id) ?? [], id);
  }

  /** The stored fields completed with today's status and the read-only record columns. */
  row(stored: MemberRow): MemberRow {
    const facts = this.factsOf(stored.id);
    if (facts.length === 0 && stored.status !== 'left') {
      return { ...stored, status: 'active', ...recordValues([]) };
    }
    return {
      ...stored,
      status: statusOf(stored, facts),
      ...recordValues(this.recordsOf(stored.id)),
    };
  }

  removal(member: RecordedMember & { id: string }, event: RecordInput, today: string): RecordCheck {
    return this.#record(member, 'left', event, today, checkRemoval);
  }

  restore(member: RecordedMember & { id: string }, event: RecordInput, today: string): RecordCheck {
    return this.#record(member, 'restored', { ...event, reason: '' }, today, checkRestore);
  }

  enrol(member: RecordedMember & { id: string }, event: RecordInput, today: string): RecordCheck {
    return this.#record(member, 'joined', { ...event, reason: '' }, today, checkEnrolment);
  }

  #record(
    member: RecordedMember & { id: string },
    type: MembershipEvent['type'],
    event: RecordInput,
    today: string,
    check: Check,
  ): RecordCheck {
    const map = this.#members.get(member.id);
    if (!(map instanceof Y.Map)) return { ok: false, reason: 'not-found' };
    const checked = check(member, this.factsOf(member.id), event.date, today);
    if (!checked.ok) return checked;
    this.#transact(() => {
      // An entry ends an undated removal kept from before the records.
      if (type !== 'left' && map.get('status') !== undefined) map.delete('status');
      this.#events.push([{ ...event, type, memberId: member.id }]);
    });
    return checked;
  }

  /** Appends a record as given (demo writers, transfers written by the relay). */
  push(event: MembershipEvent): void {
    this.#transact(() => this.#events.push([event]));
  }

  /** The enrolment record made with a new member, inside the caller's transaction. */
  pushJoined(id: string, joined: Omit<MembershipEvent, 'type' | 'memberId' | 'reason'>): void {
    this.#events.push([{ ...joined, type: 'joined', memberId: id, reason: '' }]);
  }

  list(): MembershipEvent[] {
    return this.#events.toArray();
  }

  /** Calls `listener` with the existing members a transaction added records for. */
  observe(listener: (ids: Set<string>, tr: Y.Transaction) => void): () => void {
    const handler = (event: Y.YArrayEvent<MembershipEvent>, tr: Y.Transaction) => {
      const ids = new Set<string>();
      for (const item of event.changes.added) {
        for (const e of item.content.getContent() as MembershipEvent[]) {
          if (e && typeof e.memberId === 'string' && this.#members.has(e.memberId))
            ids.add(e.memberId);
        }
      }
      if (ids.size > 0) listener(ids, tr);
    };
    this.#events.observe(handler);
    return () => this.#events.unobserve(handler);
  }
}
