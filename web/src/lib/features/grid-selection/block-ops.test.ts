// Copy, fill down and delete over a rectangle of displayed rows and columns.
import { describe, expect, it } from 'vitest';
import type { MemberField } from '@profgrid/core';
import { clearEdits, copyBlock, fillDownEdits } from './block-ops.ts';
import type { GridView } from './block-ops.ts';

const data: Record<string, Partial<Record<MemberField, string>>> = {
  a: { surname: 'Иванова', gender: 'female' },
  b: { surname: 'Петров', gender: '' },
  c: { surname: '', gender: 'male' },
};
const view: GridView = {
  rowIdAt: (i) => ['a', 'b', 'c'][i],
  columns: ['surname', 'gender'],
  valueOf: (id, f) => data[id]?.[f] ?? '',
};

describe('block ops', () => {
  it('copies the rectangle as display texts', () => {
    const block = copyBlock({ top: 0, bottom: 1, left: 0, right: 1 }, view, (f, v) =>
      f === 'gender' && v === 'female' ? 'женский' : v,
    );
    expect(block).toEqual([
      ['Иванова', 'женский'],
      ['Петров', ''],
    ]);
  });
  it('fills every row below the first with the first row values (Ctrl+D)', () => {
    expect(fillDownEdits({ top: 0, bottom: 2, left: 1, right: 1 }, view)).toEqual([
      { id: 'b', field: 'gender', value: 'female' },
      { id: 'c', field: 'gender', value: 'female' },
    ]);
  });
  it('clears only non-empty cells (Delete)', () => {
    expect(clearEdits({ top: 1, bottom: 2, left: 0, right: 1 }, view)).toEqual([
      { id: 'b', field: 'surname', value: '' },
      { id: 'c', field: 'gender', value: '' },
    ]);
  });
});
