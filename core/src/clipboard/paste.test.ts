// Paste mapping: block → edits of displayed rows, new members past the end, one transaction.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from '../doc/org-doc.ts';
import type { MemberField } from '../model/member.ts';
import { applyPastePlan, planPaste } from './paste.ts';
import type { PasteTarget } from './paste.ts';

const columns: MemberField[] = ['surname', 'name', 'birthDate', 'gender'];

function target(rows: string[], over: Partial<PasteTarget> = {}): PasteTarget {
  let n = 0;
  return {
    row: 0,
    col: 0,
    rowIdAt: (i) => rows[i],
    columns,
    parse: (field, text) => (field === 'gender' && text === 'женский' ? 'female' : text),
    newId: () => `new${++n}`,
    ...over,
  };
}

describe('planPaste', () => {
  it('maps a block to displayed rows and columns from the focused cell', () => {
    const plan = planPaste(
      [
        ['A', 'женский'],
        ['B', 'x'],
      ],
      target(['m1', 'm2', 'm3'], { row: 1, col: 2 }),
    );
    expect(plan.edits).toEqual([
      { id: 'm2', field: 'birthDate', value: 'A' },
      { id: 'm2', field: 'gender', value: 'female' },
      { id: 'm3', field: 'birthDate', value: 'B' },
      { id: 'm3', field: 'gender', value: 'x' },
    ]);
    expect(plan.added).toEqual([]);
  });
  it('creates new members for rows past the last one, skipping all-empty rows', () => {
    const plan = planPaste([['A'], ['B', 'Б'], ['', '']], target(['m1']));
    expect(plan.edits).toEqual([{ id: 'm1', field: 'surname', value: 'A' }]);
    expect(plan.added).toEqual([{ id: 'new1', fields: { surname: 'B', name: 'Б' } }]);
  });
  it('a pasted new member joins today, as «Добавить члена» does, unless the block says when', () => {
    const plan = planPaste([['B'], ['C', '', '01.09.2020']], {
      ...target([]),
      columns: ['surname', 'name', 'joinedDate'],
      parse: (field, text) => (field === 'joinedDate' && text ? '2020-09-01' : text),
      joinedOn: '2026-12-04',
    });
    expect(plan.added.map((m) => m.fields.joinedDate)).toEqual(['2026-12-04', '2020-09-01']);
  });
  it('counts block columns past the last displayed column as dropped', () => {
    const plan = planPaste([['1', '2', '3']], target(['m1'], { col: 2 }));
    expect(plan.droppedColumns).toBe(1);
    expect(plan.edits.map((e) => e.field)).toEqual(['birthDate', 'gender']);
  });
});

describe('applyPastePlan', () => {
  it('applies edits and new members in one transaction (one undo step)', () => {
    const doc = new OrgDoc(new Y.Doc());
    doc.addMember('m1', { surname: 'Old' });
    const undo = new Y.UndoManager(doc.trackedTypes, {
      trackedOrigins: new Set([doc.origin]),
      captureTimeout: 0,
    });
    const plan = planPaste([['New'], ['Added']], target(['m1']));
    applyPastePlan(doc, plan, () => undefined);
    expect(doc.member('m1')?.surname).toBe('New');
    expect(doc.member('new1')?.surname).toBe('Added');
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(doc.member('m1')?.surname).toBe('Old');
    expect(doc.hasMember('new1')).toBe(false);
  });
});
