// Undo scope: only this replica's edits, one step per transaction, never a migration,
// and still correct after a collaborator's edit arrived.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, migrate } from '@profgrid/core';
import { createUndoManager } from './undo-scope.ts';

function pair(): [OrgDoc, OrgDoc] {
  const a = new OrgDoc(new Y.Doc());
  const b = new OrgDoc(new Y.Doc());
  a.ydoc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(b.ydoc, u, 'remote');
  });
  b.ydoc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(a.ydoc, u, 'remote');
  });
  return [a, b];
}

describe('createUndoManager', () => {
  it('undoes only our edit after a remote edit arrived, and redoes it', () => {
    const [a, b] = pair();
    a.addMember('m1', { surname: 'Иванова' });
    const undo = createUndoManager(a);
    a.setMemberField('m1', 'phone', '+7 900');
    b.setMemberField('m1', 'notes', 'от B');
    expect(undo.canUndo()).toBe(true);
    undo.undo();
    expect(b.member('m1')?.phone).toBe('');
    expect(b.member('m1')?.notes).toBe('от B');
    expect(undo.canRedo()).toBe(true);
    undo.redo();
    expect(b.member('m1')?.phone).toBe('+7 900');
    undo.destroy();
  });
  it('makes each transaction one step (no merging of quick edits)', () => {
    const doc = new OrgDoc(new Y.Doc());
    doc.addMember('m1', {});
    const undo = createUndoManager(doc);
    doc.setMemberField('m1', 'name', 'А');
    doc.setMemberFields([
      { id: 'm1', field: 'surname', value: 'Б' },
      { id: 'm1', field: 'phone', value: '1' },
    ]);
    undo.undo();
    expect(doc.member('m1')).toMatchObject({ name: 'А', surname: '', phone: '' });
  });
  it('never captures a schema migration', () => {
    const doc = new OrgDoc(new Y.Doc());
    const undo = createUndoManager(doc);
    migrate(doc.ydoc, doc.origin);
    expect(undo.canUndo()).toBe(false);
  });
});
