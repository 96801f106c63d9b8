// Paste block: Excel TSV, one value fills a larger selection, the pasted area is selected.
import { describe, expect, it } from 'vitest';
import { pasteBlock, pastedSelection } from './paste-block.ts';

const rect = { top: 2, bottom: 3, left: 1, right: 2 };

describe('pasteBlock', () => {
  it('parses TSV as is when it is more than one cell', () => {
    expect(pasteBlock('a\t"b\nc"\r\n', rect)).toEqual([['a', 'b\nc']]);
  });
  it('fills the whole selection with a single copied value', () => {
    expect(pasteBlock('x\r\n', rect)).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });
  it('selects the pasted area, clamped to the grid', () => {
    expect(pastedSelection(rect, [['a', 'b', 'c']], 10, 3)).toEqual({
      anchor: { row: 2, col: 1 },
      focus: { row: 2, col: 2 },
    });
    expect(pastedSelection(rect, [['a'], ['b'], ['c']], 3, 5).focus).toEqual({ row: 2, col: 1 });
  });
});
