// The block a paste writes, from clipboard text and the current selection: TSV parsed with
// Excel's rules; one copied value pasted over a larger selection fills all of it (as in
// Excel). And the selection that shows what was pasted afterwards.
import { parseTsv } from '@profgrid/core';
import { cellCount } from './selection.ts';
import type { Rect, Selection } from './selection.ts';

export function pasteBlock(text: string, rect: Rect): string[][] {
  const block = parseTsv(text);
  if (block.length === 1 && block[0]!.length === 1 && cellCount(rect) > 1) {
    const row = Array<string>(rect.right - rect.left + 1).fill(block[0]![0]!);
    return Array.from({ length: rect.bottom - rect.top + 1 }, () => row);
  }
  return block;
}

/** The pasted area within rows × cols (new members may sort elsewhere). */
export function pastedSelection(
  rect: Rect,
  block: readonly (readonly string[])[],
  rows: number,
  cols: number,
): Selection {
  const width = block.reduce((w, r) => Math.max(w, r.length), 1);
  const bottom = Math.max(rect.top, Math.min(rect.top + block.length, rows) - 1);
  const right = Math.max(rect.left, Math.min(rect.left + width, cols) - 1);
  return { anchor: { row: rect.top, col: rect.left }, focus: { row: bottom, col: right } };
}
