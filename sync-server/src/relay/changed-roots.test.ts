// What a stored change touched, read from real OrgDoc edits' transactions, and what the relay
// lets it skip: a phone edit changes the snapshot (recounted) but no member's presence,
// status or person keys (no card check, no duplicate re-index); a name edit changes the
// keys, not the status; a removal record, a new member or a migration concern everything;
// the cell history alone concerns nothing.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, changesMembers, changesSnapshot } from '@profgrid/core';
import type { DocChange } from '@profgrid/core';
import { PERSON_KEY_FIELDS } from '@profgrid/core/duplicates';
import { STATUS_FIELDS } from '@profgrid/core/lifecycle';
import { addChanged, noChange } from './changed-roots.ts';

const KEYED = new Set([...PERSON_KEY_FIELDS, ...STATUS_FIELDS]);

function seeded(): OrgDoc {
  const org = new OrgDoc(new Y.Doc());
  org.addMember('m1', { surname: 'Иванова', name: 'Анна', birthDate: '1990-01-02' });
  return org;
}

/** What `edit` changed, captured as the relay's room does. */
function changeOf(org: OrgDoc, edit: (org: OrgDoc) => void): DocChange {
  const change = noChange();
  const capture = (_u: Uint8Array, _o: unknown, _d: Y.Doc, tr: Y.Transaction) =>
    addChanged(tr, change);
  org.ydoc.on('update', capture);
  edit(org);
  org.ydoc.off('update', capture);
  return change;
}

const verdicts = (c: DocChange) => ({
  counted: changesSnapshot(c.roots),
  cards: changesMembers(c, STATUS_FIELDS),
  duplicates: changesMembers(c, KEYED),
});

describe('addChanged and the skips it allows', () => {
  it('a phone edit: the members root, field phone; recounted, no card check, no re-index', () => {
    const c = changeOf(seeded(), (o) =>
      o.setMemberFields([{ id: 'm1', field: 'phone', value: '+7 900' }]),
    );
    expect([...c.roots]).toEqual(['members']);
    expect([...c.shallow]).toEqual([]);
    expect([...(c.fields.get('members') ?? [])]).toEqual(['phone']);
    expect(verdicts(c)).toEqual({ counted: true, cards: false, duplicates: false });
  });

  it('a surname edit: re-indexed, no card check', () => {
    const c = changeOf(seeded(), (o) =>
      o.setMemberFields([{ id: 'm1', field: 'surname', value: 'Петрова' }]),
    );
    expect(verdicts(c)).toEqual({ counted: true, cards: false, duplicates: true });
  });

  it('a joined date edit moves the status: both', () => {
    const c = changeOf(seeded(), (o) =>
      o.setMemberFields([{ id: 'm1', field: 'joinedDate', value: '2020-09-01' }]),
    );
    expect(verdicts(c)).toEqual({ counted: true, cards: true, duplicates: true });
  });

  it('a member added, a member deleted, a record, a migration: everything', () => {
    const added = changeOf(seeded(), (o) => o.addMember('m2', { surname: 'Сидорова' }));
    expect([...added.shallow]).toEqual(['members']);
    const deleted = changeOf(seeded(), (o) => o.ydoc.getMap('members').delete('m1'));
    const recorded = changeOf(seeded(), (o) =>
      o.ydoc.getArray('events').push([{ memberId: 'm1', type: 'left' }]),
    );
    const migrated = changeOf(seeded(), (o) => o.ydoc.getMap('meta').set('schemaVersion', 3));
    for (const c of [added, deleted, recorded, migrated]) {
      expect(verdicts(c)).toEqual({ counted: true, cards: true, duplicates: true });
    }
  });

  it('the cell history alone, or a root unknown here: nothing to do', () => {
    const c = changeOf(seeded(), (o) => {
      o.ydoc.getArray('history').push([{ at: 1 }]);
      o.ydoc.getMap('load').set('c1', 'x');
    });
    expect([...c.roots].sort()).toEqual(['history', 'load']);
    expect(verdicts(c)).toEqual({ counted: false, cards: false, duplicates: false });
  });

  it('names a root whose type Yjs replaced under the same name after the first change', () => {
    const source = seeded();
    const relayed = new Y.Doc();
    const changes: DocChange[] = [];
    relayed.on('update', (_u: Uint8Array, _o: unknown, _d: Y.Doc, tr: Y.Transaction) => {
      const change = noChange();
      addChanged(tr, change);
      changes.push(change);
    });
    // the relay's copy reads `members` as a plain type until someone asks for the map
    Y.applyUpdate(relayed, Y.encodeStateAsUpdate(source.ydoc));
    relayed.getMap('members');
    const before = Y.encodeStateVector(source.ydoc);
    source.setMemberField('m1', 'phone', '1');
    Y.applyUpdate(relayed, Y.encodeStateAsUpdate(source.ydoc, before));
    expect(changes.map((c) => c.roots.has('members'))).toEqual([true, true]);
    expect(changes[1]!.fields.get('members')).toEqual(new Set(['phone']));
  });

  it('a passport edit: recounted, no card check, no re-index', () => {
    const c = changeOf(seeded(), (o) => o.setPassportField('fullName', 'СОШ 12'));
    expect(verdicts(c)).toEqual({ counted: true, cards: false, duplicates: false });
  });
});
