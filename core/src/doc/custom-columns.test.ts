import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createReplicas, deliverAll, expectConverged, mulberry32 } from '../../test/converger.ts';
import { customKey, customValue } from '../model/custom-column.ts';
import { OrgDoc } from './org-doc.ts';
import { migrate } from './schema.ts';

function freshDoc(): OrgDoc {
  const ydoc = new Y.Doc();
  migrate(ydoc);
  return new OrgDoc(ydoc);
}

describe('custom columns in the org document', () => {
  it('lists definitions in creation order with their type and choices', () => {
    const doc = freshDoc();
    doc.columns.add('b', { name: 'Секция', type: 'choice', choices: ['Лыжи', 'Футбол'] });
    doc.columns.add('a', { name: 'Стаж', type: 'number', choices: [] });
    expect(doc.columns.list()).toEqual([
      { id: 'b', name: 'Секция', type: 'choice', choices: ['Лыжи', 'Футбол'], order: 1 },
      { id: 'a', name: 'Стаж', type: 'number', choices: [], order: 2 },
    ]);
    expect(doc.snapshot().columns?.map((c) => c.id)).toEqual(['b', 'a']);
  });

  it("a custom value lives in the member's record under c:<id> and is cleared by ''", () => {
    const doc = freshDoc();
    doc.columns.add('k', { name: 'Хобби', type: 'text', choices: [] });
    doc.addMember('m1', { surname: 'Иванова', [customKey('k')]: 'шахматы' });
    expect(customValue(doc.member('m1')!, customKey('k'))).toBe('шахматы');
    doc.setMemberField('m1', customKey('k'), '');
    expect(doc.member('m1')).not.toHaveProperty('c:k');
  });

  it('a value that breaks the column type is kept as typed (validation flags it)', () => {
    const doc = freshDoc();
    doc.columns.add('n', { name: 'Стаж', type: 'number', choices: [] });
    doc.addMember('m1', { surname: 'Петров' });
    doc.setMemberField('m1', customKey('n'), 'много');
    expect(doc.member('m1')?.['c:n']).toBe('много');
  });

  it('deleting a column removes its definition and every value in one transaction', () => {
    const doc = freshDoc();
    doc.columns.add('k', { name: 'Хобби', type: 'text', choices: [] });
    doc.addMember('m1', { [customKey('k')]: 'шахматы' });
    doc.addMember('m2', { [customKey('k')]: 'лыжи', surname: 'Орлов' });
    let transactions = 0;
    doc.ydoc.on('afterTransaction', () => transactions++);
    doc.columns.delete('k');
    expect(transactions).toBe(1);
    expect(doc.columns.list()).toEqual([]);
    expect(doc.member('m2')).not.toHaveProperty('c:k');
    expect(doc.member('m2')?.surname).toBe('Орлов');
  });

  it('concurrent rename, change of choices and value edits on two replicas all survive', () => {
    const [a, b] = createReplicas(2);
    a!.doc.columns.add('k', { name: 'Секция', type: 'choice', choices: ['Лыжи'] });
    a!.doc.addMember('m1', { surname: 'Иванова' });
    deliverAll([a!, b!], mulberry32(1));
    a!.doc.columns.update('k', { name: 'Кружок', choices: ['Лыжи'] });
    b!.doc.columns.update('k', { name: 'Секция', choices: ['Лыжи', 'Футбол'] });
    b!.doc.setMemberField('m1', customKey('k'), 'Футбол');
    a!.doc.setMemberField('m1', 'name', 'Анна');
    deliverAll([a!, b!], mulberry32(2));
    expectConverged([a!, b!], '2025-06-15');
    expect(a!.doc.columns.get('k')).toMatchObject({ name: 'Кружок', choices: ['Лыжи', 'Футбол'] });
    expect(a!.doc.member('m1')).toMatchObject({ name: 'Анна', 'c:k': 'Футбол' });
  });

  it('an unknown column type from a newer version reads as text, not dropped', () => {
    const doc = freshDoc();
    doc.columns.add('k', { name: 'Файл', type: 'text', choices: [] });
    const map = doc.ydoc.getMap<Y.Map<unknown>>('columns').get('k')!;
    map.set('type', 'attachment');
    expect(doc.columns.get('k')?.type).toBe('text');
  });

  it('column definitions are undoable like member edits (tracked types include them)', () => {
    const doc = new OrgDoc(new Y.Doc(), { origin: 'me' });
    const undo = new Y.UndoManager(doc.trackedTypes, { trackedOrigins: new Set(['me']) });
    doc.columns.add('k', { name: 'Хобби', type: 'text', choices: [] });
    undo.undo();
    expect(doc.columns.list()).toEqual([]);
  });
});
