// Cell history: every member field write through an OrgDoc with an actor is recorded in
// the same transaction (who, when, from what to what), capped per cell, merged across
// replicas, restorable by a normal edit, and gone with the member's record.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from './org-doc.ts';
import { HISTORY_CAP } from './cell-history.ts';

function replica(
  clientID: number,
  actor = { id: `u${clientID}`, name: `Пользователь ${clientID}` },
) {
  const ydoc = new Y.Doc();
  ydoc.clientID = clientID;
  let clock = 1_700_000_000_000;
  const doc = new OrgDoc(ydoc, {
    origin: `replica-${clientID}`,
    history: { actor, now: () => (clock += 60_000) },
  });
  return doc;
}

function exchange(a: OrgDoc, b: OrgDoc): void {
  const toB = Y.encodeStateAsUpdate(a.ydoc, Y.encodeStateVector(b.ydoc));
  const toA = Y.encodeStateAsUpdate(b.ydoc, Y.encodeStateVector(a.ydoc));
  Y.applyUpdate(b.ydoc, toB, 'remote');
  Y.applyUpdate(a.ydoc, toA, 'remote');
}

describe('cell history', () => {
  it('records who wrote which value over which, newest first', () => {
    const doc = replica(1);
    doc.addMember('m1', { surname: 'Иванова' });
    doc.setMemberField('m1', 'surname', 'Петрова');
    doc.setMemberField('m1', 'surname', 'Сидорова');
    const entries = doc.cellHistory('m1', 'surname');
    expect(entries.map((e) => [e.prev, e.value])).toEqual([
      ['Петрова', 'Сидорова'],
      ['Иванова', 'Петрова'],
    ]);
    expect(entries[0]).toMatchObject({ memberId: 'm1', field: 'surname', by: 'u1' });
    expect(entries[0]!.byName).toBe('Пользователь 1');
    expect(entries[0]!.at).toBeGreaterThan(entries[1]!.at);
    expect(doc.cellHistory('m1', 'name')).toEqual([]);
  });

  it('records a cleared cell as the empty value, and an unchanged write not at all', () => {
    const doc = replica(1);
    doc.addMember('m1', { phone: '+7 900 000-00-00' });
    doc.setMemberField('m1', 'phone', '+7 900 000-00-00');
    doc.setMemberField('m1', 'phone', '');
    expect(doc.cellHistory('m1', 'phone').map((e) => [e.prev, e.value])).toEqual([
      ['+7 900 000-00-00', ''],
    ]);
  });

  it('an OrgDoc without an actor (relay, demo writer) records nothing', () => {
    const doc = new OrgDoc(new Y.Doc());
    doc.addMember('m1', { surname: 'Иванова' });
    doc.setMemberField('m1', 'surname', 'Петрова');
    expect(doc.cellHistory('m1', 'surname')).toEqual([]);
  });

  it('a block write (paste, fill, import) is one transaction with one entry per changed cell', () => {
    const doc = replica(1);
    doc.addMember('m1');
    doc.addMember('m2');
    let transactions = 0;
    doc.ydoc.on('afterTransaction', () => transactions++);
    doc.setMemberFields([
      { id: 'm1', field: 'position', value: 'Учитель' },
      { id: 'm2', field: 'position', value: 'Повар' },
      { id: 'missing', field: 'position', value: 'x' },
    ]);
    expect(transactions).toBe(1);
    expect(doc.cellHistory('m1', 'position')[0]?.value).toBe('Учитель');
    expect(doc.cellHistory('m2', 'position')[0]?.value).toBe('Повар');
    expect(doc.cellHistory('missing', 'position')).toEqual([]);
  });

  it(`keeps at most ${HISTORY_CAP} entries per cell, the newest, and leaves other cells alone`, () => {
    const doc = replica(1);
    doc.addMember('m1', { notes: 'v0' });
    doc.setMemberField('m1', 'surname', 'Иванова');
    for (let i = 1; i <= HISTORY_CAP + 5; i++) doc.setMemberField('m1', 'notes', `v${i}`);
    const notes = doc.cellHistory('m1', 'notes');
    expect(notes).toHaveLength(HISTORY_CAP);
    expect(notes[0]?.value).toBe(`v${HISTORY_CAP + 5}`);
    // The oldest kept entry still tells what it replaced.
    expect(notes.at(-1)).toMatchObject({ prev: 'v5', value: 'v6' });
    expect(doc.cellHistory('m1', 'surname')).toHaveLength(1);
    expect(doc.ydoc.getArray('history').length).toBe(HISTORY_CAP + 1);
  });

  it('merges the entries of two replicas that edited offline, same cell included', () => {
    const a = replica(1);
    const b = replica(2, { id: 'u2', name: 'Доверенное лицо' });
    a.addMember('m1', { surname: 'Иванова' });
    exchange(a, b);
    a.setMemberField('m1', 'surname', 'Петрова');
    a.setMemberField('m1', 'phone', '+7 900 111-22-33');
    b.setMemberField('m1', 'surname', 'Смирнова');
    b.setMemberField('m1', 'name', 'Анна');
    exchange(a, b);
    for (const doc of [a, b]) {
      const surname = doc.cellHistory('m1', 'surname');
      expect(surname.map((e) => e.value).sort()).toEqual(['Петрова', 'Смирнова']);
      expect(surname.map((e) => e.by).sort()).toEqual(['u1', 'u2']);
      expect(doc.cellHistory('m1', 'phone')).toHaveLength(1);
      expect(doc.cellHistory('m1', 'name')[0]?.byName).toBe('Доверенное лицо');
    }
    expect(a.cellHistory('m1', 'surname')).toEqual(b.cellHistory('m1', 'surname'));
  });

  it('restore is a normal edit: recorded itself, and undone as one step with its entry', () => {
    const doc = replica(1);
    doc.addMember('m1', { position: 'Учитель' });
    doc.setMemberField('m1', 'position', 'Завуч');
    doc.setMemberField('m1', 'position', 'Директор');
    const undo = new Y.UndoManager(doc.trackedTypes, {
      trackedOrigins: new Set([doc.origin]),
      captureTimeout: 0,
    });
    const first = doc.cellHistory('m1', 'position').at(-1)!;
    doc.setMemberField('m1', 'position', first.value);
    expect(doc.member('m1')?.position).toBe('Завуч');
    expect(doc.cellHistory('m1', 'position')[0]).toMatchObject({
      prev: 'Директор',
      value: 'Завуч',
    });
    undo.undo();
    expect(doc.member('m1')?.position).toBe('Директор');
    expect(doc.cellHistory('m1', 'position')).toHaveLength(2);
  });

  it("deleting a member's record removes its history (the values are personal data)", () => {
    const doc = replica(1);
    doc.addMember('m1');
    doc.addMember('m2');
    doc.setMemberField('m1', 'surname', 'Иванова');
    doc.setMemberField('m2', 'surname', 'Петрова');
    doc.setMemberField('m1', 'name', 'Анна');
    doc.deleteMember('m1');
    expect(doc.cellHistory('m1', 'surname')).toEqual([]);
    expect(doc.cellHistory('m1', 'name')).toEqual([]);
    expect(doc.cellHistory('m2', 'surname')).toHaveLength(1);
  });

  it('skips entries of another shape written by a foreign replica', () => {
    const doc = replica(1);
    doc.addMember('m1');
    doc.ydoc
      .getArray<unknown>('history')
      .push([{ memberId: 'm1', field: 'surname', value: 1 }, 'junk', null]);
    doc.setMemberField('m1', 'surname', 'Иванова');
    expect(doc.cellHistory('m1', 'surname').map((e) => e.value)).toEqual(['Иванова']);
  });

  it('observeHistory reports local and remote appends', () => {
    const a = replica(1);
    const b = replica(2);
    a.addMember('m1');
    exchange(a, b);
    let calls = 0;
    const stop = b.observeHistory(() => calls++);
    b.setMemberField('m1', 'surname', 'Иванова');
    a.setMemberField('m1', 'name', 'Анна');
    exchange(a, b);
    expect(calls).toBe(2);
    stop();
    b.setMemberField('m1', 'surname', 'Петрова');
    expect(calls).toBe(2);
  });
});
