// OrgDoc: typed access to an organization document. Values are stored exactly as given,
// one Y.Map per member so different fields merge, and observers learn exactly which
// members changed and whether the change was ours.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MembershipEvent } from '../model/event.ts';
import { emptyMember } from '../model/member.ts';
import { emptyPassport } from '../model/passport.ts';
import { OrgDoc } from './org-doc.ts';
import type { MembersChange } from './org-doc.ts';
import { ROOT, SCHEMA_VERSION } from './schema.ts';

function replica(clientID: number): OrgDoc {
  const ydoc = new Y.Doc();
  ydoc.clientID = clientID;
  return new OrgDoc(ydoc, { origin: `replica-${clientID}` });
}

/** Brings b up to date with a and a with b. */
function exchange(a: OrgDoc, b: OrgDoc): void {
  const toB = Y.encodeStateAsUpdate(a.ydoc, Y.encodeStateVector(b.ydoc));
  const toA = Y.encodeStateAsUpdate(b.ydoc, Y.encodeStateVector(a.ydoc));
  Y.applyUpdate(b.ydoc, toB, 'remote');
  Y.applyUpdate(a.ydoc, toA, 'remote');
}

function recordChanges(doc: OrgDoc): MembersChange[] {
  const changes: MembersChange[] = [];
  doc.observeMembers((c) => changes.push(c));
  return changes;
}

const JOINED = {
  id: 'e1',
  date: '2020-09-01',
  author: 'chair',
  recordedAt: '2020-09-01T10:00:00.000Z',
};

describe('OrgDoc members', () => {
  it('addMember stores the given fields, defaults status to active, leaves the rest empty', () => {
    const doc = replica(1);
    doc.addMember('m1', { surname: 'Иванова', name: 'Анна', category: 'working' });
    expect(doc.member('m1')).toEqual({
      ...emptyMember('m1'),
      surname: 'Иванова',
      name: 'Анна',
      category: 'working',
      status: 'active',
    });
    expect(doc.hasMember('m1')).toBe(true);
    expect(doc.memberCount).toBe(1);
    expect(doc.memberIds()).toEqual(['m1']);
  });

  it('addMember keeps a given `left` (an undated removal, e.g. imported); any other status is active', () => {
    const doc = replica(1);
    doc.addMember('m1', { status: 'left' });
    doc.addMember('m2', { status: 'Active' });
    expect(doc.member('m1')?.status).toBe('left');
    expect(doc.member('m2')?.status).toBe('active');
  });

  it("addMember with an empty status (an import's empty column) puts the member on the register", () => {
    const doc = replica(1);
    doc.addMember('m1', { status: '', surname: 'Иванова' });
    expect(doc.member('m1')?.status).toBe('active');
  });

  it('addMember with joined records the enrolment event in the same transaction', () => {
    const doc = replica(1);
    let transactions = 0;
    doc.ydoc.on('afterTransaction', () => transactions++);
    doc.addMember('m1', { surname: 'Иванова' }, JOINED);
    expect(transactions).toBe(1);
    expect(doc.events()).toEqual([{ ...JOINED, type: 'joined', memberId: 'm1', reason: '' }]);
  });

  it('a value is stored exactly as given, invalid or with spaces, never rewritten', () => {
    const doc = replica(1);
    doc.addMember('m1', { surname: ' Иванова2 ', birthDate: '31.02.2020' });
    doc.setMemberField('m1', 'email', 'not an email ');
    doc.setMemberField('m1', 'category', 'WORKING');
    const m = doc.member('m1');
    expect(m?.surname).toBe(' Иванова2 ');
    expect(m?.birthDate).toBe('31.02.2020');
    expect(m?.email).toBe('not an email ');
    expect(m?.category).toBe('WORKING');
  });

  it('setMemberField sets one field; the empty string clears it; false for an unknown member', () => {
    const doc = replica(1);
    doc.addMember('m1', { phone: '12345' });
    expect(doc.setMemberField('m1', 'surname', 'Петров')).toBe(true);
    expect(doc.member('m1')?.surname).toBe('Петров');
    expect(doc.setMemberField('m1', 'phone', '')).toBe(true);
    expect(doc.member('m1')?.phone).toBe('');
    expect(doc.setMemberField('nobody', 'surname', 'X')).toBe(false);
    expect(doc.hasMember('nobody')).toBe(false);
  });

  it('setMemberFields applies several edits in one transaction and counts only real changes', () => {
    const doc = replica(1);
    doc.addMember('m1', { surname: 'А' });
    doc.addMember('m2');
    let transactions = 0;
    doc.ydoc.on('afterTransaction', () => transactions++);
    const applied = doc.setMemberFields([
      { id: 'm1', field: 'surname', value: 'А' }, // unchanged
      { id: 'm1', field: 'name', value: 'Б' },
      { id: 'm2', field: 'surname', value: 'В' },
      { id: 'ghost', field: 'surname', value: 'Г' }, // unknown
    ]);
    expect(applied).toBe(2);
    expect(transactions).toBe(1);
  });

  it('deleteMember removes the record entirely; deleting twice is harmless', () => {
    const doc = replica(1);
    doc.addMember('m1');
    doc.deleteMember('m1');
    expect(doc.member('m1')).toBeUndefined();
    expect(doc.memberCount).toBe(0);
    doc.deleteMember('m1');
    expect(doc.members()).toEqual([]);
  });

  it('removeFromRegister sets status left and records the left event with the member id', () => {
    const doc = replica(1);
    doc.addMember('m1', { surname: 'Иванова' });
    const event = {
      id: 'e2',
      date: '2021-01-10',
      reason: 'retired',
      author: 'chair',
      recordedAt: '2021-01-10T09:00:00.000Z',
    };
    expect(doc.removeFromRegister('m1', event)).toBe(true);
    expect(doc.member('m1')?.status).toBe('left');
    expect(doc.member('m1')?.surname).toBe('Иванова');
    expect(doc.events()).toEqual([{ ...event, type: 'left', memberId: 'm1' }]);
  });

  it('OrgDocs made over one Y.Doc share its records and add no listener each', () => {
    const ydoc = new Y.Doc();
    const listeners = () =>
      (ydoc as unknown as { _observers: Map<string, Set<unknown>> })._observers.get(
        'beforeObserverCalls',
      )?.size ?? 0;
    const first = new OrgDoc(ydoc);
    first.addMember('m1', { surname: 'Иванова' });
    expect(first.member('m1')?.status).toBe('active'); // the records are cached now
    const before = listeners();
    for (let i = 0; i < 50; i++) expect(new OrgDoc(ydoc).member('m1')?.status).toBe('active');
    expect(listeners()).toBe(before);
    // a record written through another instance reaches the first one's reads
    const other = new OrgDoc(ydoc);
    const event = { id: 'e2', date: '2021-01-10', reason: 'r', author: 'c', recordedAt: 't' };
    expect(other.removeFromRegister('m1', event)).toBe(true);
    expect(first.member('m1')?.status).toBe('left');
    expect(first.records('m1')).toEqual([{ ...event, type: 'left', memberId: 'm1' }]);
  });

  it('removeFromRegister of a member who already left is false and records no second event', () => {
    const doc = replica(1);
    doc.addMember('m1');
    const event = {
      id: 'e2',
      date: '2021-01-10',
      reason: 'retired',
      author: 'chair',
      recordedAt: 't',
    };
    expect(doc.removeFromRegister('m1', event)).toBe(true);
    expect(doc.removeFromRegister('m1', { ...event, id: 'e3' })).toBe(false);
    expect(doc.events()).toHaveLength(1);
  });

  it('removeFromRegister of an unknown member is false and records nothing', () => {
    const doc = replica(1);
    expect(
      doc.removeFromRegister('nobody', {
        id: 'e',
        date: '2021-01-10',
        reason: 'other',
        author: 'a',
        recordedAt: 'x',
      }),
    ).toBe(false);
    expect(doc.events()).toEqual([]);
  });

  it('recordEvent appends events in order', () => {
    const doc = replica(1);
    const a: MembershipEvent = { ...JOINED, type: 'joined', memberId: 'm1', reason: '' };
    const b: MembershipEvent = {
      ...JOINED,
      id: 'e2',
      type: 'left',
      memberId: 'm1',
      reason: 'own-will',
    };
    doc.recordEvent(a);
    doc.recordEvent(b);
    expect(doc.events()).toEqual([a, b]);
  });

  it('ignores unknown keys and non-string values a newer or broken writer left in a member map', () => {
    const doc = replica(1);
    doc.addMember('m1', { surname: 'Иванова' });
    const map = doc.ydoc.getMap<Y.Map<unknown>>(ROOT.members).get('m1');
    doc.ydoc.transact(() => {
      map?.set('futureField', 'x');
      map?.set('name', 42);
    });
    expect(doc.member('m1')).toEqual({
      ...emptyMember('m1'),
      surname: 'Иванова',
      status: 'active',
    });
  });

  it('edits carry the origin given in options, so an UndoManager can track them', () => {
    const doc = replica(1);
    const undo = new Y.UndoManager(doc.trackedTypes, { trackedOrigins: new Set([doc.origin]) });
    doc.addMember('m1', { surname: 'А' });
    undo.stopCapturing();
    doc.setMemberField('m1', 'surname', 'Б');
    undo.undo();
    expect(doc.member('m1')?.surname).toBe('А');
    undo.undo();
    expect(doc.hasMember('m1')).toBe(false);
  });
});

describe('OrgDoc passport', () => {
  it('starts empty and stores each field as given', () => {
    const doc = replica(1);
    expect(doc.passport()).toEqual(emptyPassport());
    doc.setPassportField('workersCount', ' 85 человек');
    expect(doc.passport().workersCount).toBe(' 85 человек');
  });

  it('setting the same value again makes no transaction', () => {
    const doc = replica(1);
    doc.setPassportField('fullName', 'СОШ 12');
    let transactions = 0;
    doc.ydoc.on('afterTransaction', () => transactions++);
    doc.setPassportField('fullName', 'СОШ 12');
    expect(transactions).toBe(0);
  });

  it('observePassport reports local and remote changes; unsubscribe stops it', () => {
    const a = replica(1);
    const b = replica(2);
    const seen: boolean[] = [];
    const stop = a.observePassport((local) => seen.push(local));
    a.setPassportField('fullName', 'СОШ 12');
    b.setPassportField('address', 'ул. Победы, 1');
    exchange(a, b);
    expect(seen).toEqual([true, false]);
    stop();
    a.setPassportField('phone', '12345');
    expect(seen).toEqual([true, false]);
  });
});

describe('OrgDoc.observeMembers', () => {
  it('reports exactly the added member, as local', () => {
    const doc = replica(1);
    const changes = recordChanges(doc);
    doc.addMember('m1', { surname: 'А' });
    expect(changes).toHaveLength(1);
    expect([...changes[0]!.ids]).toEqual(['m1']);
    expect(changes[0]!.local).toBe(true);
    expect(changes[0]!.origin).toBe(doc.origin);
  });

  it('reports exactly the members whose fields changed in one transaction', () => {
    const doc = replica(1);
    for (const id of ['m1', 'm2', 'm3']) doc.addMember(id);
    const changes = recordChanges(doc);
    doc.setMemberFields([
      { id: 'm1', field: 'surname', value: 'А' },
      { id: 'm3', field: 'phone', value: '12345' },
      { id: 'm2', field: 'status', value: 'active' }, // unchanged
    ]);
    expect(changes).toHaveLength(1);
    expect([...changes[0]!.ids].sort()).toEqual(['m1', 'm3']);
  });

  it('reports a deleted member and a member removed from the register', () => {
    const doc = replica(1);
    doc.addMember('m1');
    doc.addMember('m2');
    const changes = recordChanges(doc);
    doc.deleteMember('m1');
    doc.removeFromRegister('m2', {
      id: 'e',
      date: '2021-01-01',
      reason: 'own-will',
      author: 'a',
      recordedAt: 't',
    });
    expect(changes.map((c) => [...c.ids])).toEqual([['m1'], ['m2']]);
  });

  it('stays silent for changes that touch no member: passport, unchanged values, records of unknown members', () => {
    const doc = replica(1);
    doc.addMember('m1', { surname: 'А' });
    const changes = recordChanges(doc);
    doc.setPassportField('fullName', 'СОШ');
    doc.recordEvent({ ...JOINED, type: 'joined', memberId: 'ghost', reason: '' });
    doc.setMemberField('m1', 'surname', 'А');
    doc.setMemberField('ghost', 'surname', 'А');
    expect(changes).toEqual([]);
  });

  it('reports remote changes with local false and the ids they touched', () => {
    const a = replica(1);
    const b = replica(2);
    a.addMember('m1');
    a.addMember('m2');
    exchange(a, b);
    const changes = recordChanges(a);
    b.setMemberField('m2', 'name', 'Б');
    b.addMember('m3');
    exchange(a, b);
    expect(changes).toHaveLength(1);
    expect([...changes[0]!.ids].sort()).toEqual(['m2', 'm3']);
    expect(changes[0]!.local).toBe(false);
    expect(changes[0]!.origin).toBe('remote');
  });

  it('unsubscribe stops the reports', () => {
    const doc = replica(1);
    const changes: MembersChange[] = [];
    const stop = doc.observeMembers((c) => changes.push(c));
    stop();
    doc.addMember('m1');
    expect(changes).toEqual([]);
  });
});

describe('OrgDoc merge', () => {
  it('concurrent edits of different fields of one member both survive', () => {
    const a = replica(1);
    const b = replica(2);
    a.addMember('m1', { surname: 'Иванова' });
    exchange(a, b);
    a.setMemberField('m1', 'phone', '+7 920 111-22-33');
    b.setMemberField('m1', 'email', 'ivanova@school.ru');
    b.setMemberField('m1', 'surname', 'Петрова');
    exchange(a, b);
    for (const doc of [a, b]) {
      const m = doc.member('m1');
      expect(m?.phone).toBe('+7 920 111-22-33');
      expect(m?.email).toBe('ivanova@school.ru');
      expect(m?.surname).toBe('Петрова');
    }
  });

  it('concurrent edits of the same field converge to one of the two values on every replica', () => {
    const a = replica(1);
    const b = replica(2);
    a.addMember('m1');
    exchange(a, b);
    a.setMemberField('m1', 'surname', 'Иванова');
    b.setMemberField('m1', 'surname', 'Петрова');
    exchange(a, b);
    const va = a.member('m1')?.surname;
    expect(['Иванова', 'Петрова']).toContain(va);
    expect(b.member('m1')?.surname).toBe(va);
    expect(a.snapshot()).toEqual(b.snapshot());
  });

  it('an edit concurrent with deletion does not resurrect the member', () => {
    const a = replica(1);
    const b = replica(2);
    a.addMember('m1');
    exchange(a, b);
    a.deleteMember('m1');
    b.setMemberField('m1', 'surname', 'Иванова');
    exchange(a, b);
    expect(a.hasMember('m1')).toBe(false);
    expect(b.hasMember('m1')).toBe(false);
  });
});

describe('OrgDoc.snapshot', () => {
  it('gives members sorted by id, the passport, the events and the schema version', () => {
    const doc = replica(1);
    doc.addMember('b');
    doc.addMember('a', {}, JOINED);
    doc.setPassportField('fullName', 'СОШ');
    const s = doc.snapshot();
    expect(s.members.map((m) => m.id)).toEqual(['a', 'b']);
    expect(s.passport.fullName).toBe('СОШ');
    expect(s.events).toHaveLength(1);
    expect(s.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('equal documents reached in different orders give equal snapshots', () => {
    const a = replica(1);
    const b = replica(2);
    a.addMember('z');
    b.addMember('y');
    a.addMember('x');
    exchange(a, b);
    expect(a.snapshot()).toEqual(b.snapshot());
  });
});
