// The history panel's rows: newest first as recorded, then the original value the oldest
// kept change replaced; the row equal to the cell's current value is marked (no restore
// button). Times read ДД.ММ.ГГГГ ЧЧ:ММ.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from '@profgrid/core';
import { historyRows } from './history-rows.ts';

function docWithEdits(): OrgDoc {
  let clock = new Date(2026, 10, 24, 9, 5).getTime();
  const doc = new OrgDoc(new Y.Doc(), {
    history: { actor: { id: 'u1', name: 'Анна' }, now: () => (clock += 60_000) },
  });
  doc.addMember('m1', { position: 'Учитель' });
  doc.setMemberField('m1', 'position', 'Завуч');
  doc.setMemberField('m1', 'position', 'Директор');
  return doc;
}

describe('historyRows', () => {
  it('lists changes newest first, then the original value', () => {
    const doc = docWithEdits();
    const rows = historyRows(doc.cellHistory('m1', 'position'), 'Директор');
    expect(rows.map((r) => [r.value, r.who, r.current])).toEqual([
      ['Директор', 'Анна', true],
      ['Завуч', 'Анна', false],
      ['Учитель', null, false],
    ]);
    expect(rows[2]?.at).toBeNull();
    expect(new Set(rows.map((r) => r.key)).size).toBe(3);
  });

  it('after a restore, the restored value is the current one and its old rows are not', () => {
    const doc = docWithEdits();
    doc.setMemberField('m1', 'position', 'Учитель');
    const rows = historyRows(doc.cellHistory('m1', 'position'), 'Учитель');
    expect(rows.map((r) => [r.value, r.current])).toEqual([
      ['Учитель', true],
      ['Директор', false],
      ['Завуч', false],
      ['Учитель', true],
    ]);
  });

  it('an unrecorded cell has no rows', () => {
    expect(historyRows([], 'x')).toEqual([]);
  });
});
