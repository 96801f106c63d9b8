// Selection math: two corners, a normalized rectangle, clamped extension.
import { describe, expect, it } from 'vitest';
import {
  arrowDelta,
  cellCount,
  collapsed,
  contains,
  extend,
  extendTo,
  rectOf,
} from './selection.ts';

describe('selection', () => {
  it('normalizes anchor and focus in any direction into one rectangle', () => {
    const rect = rectOf({ anchor: { row: 5, col: 3 }, focus: { row: 2, col: 1 } });
    expect(rect).toEqual({ top: 2, bottom: 5, left: 1, right: 3 });
    expect(cellCount(rect)).toBe(12);
    expect(contains(rect, 2, 1)).toBe(true);
    expect(contains(rect, 6, 1)).toBe(false);
  });
  it('extends only the focus corner, clamped to the grid', () => {
    let sel = collapsed({ row: 0, col: 0 });
    sel = extend(sel, -1, 1, 10, 3);
    expect(sel).toEqual({ anchor: { row: 0, col: 0 }, focus: { row: 0, col: 1 } });
    sel = extend(sel, 20, 20, 10, 3);
    expect(sel.focus).toEqual({ row: 9, col: 2 });
    expect(extendTo(sel, { row: 4, col: 0 }).anchor).toEqual({ row: 0, col: 0 });
  });
  it('maps arrow keys to directions and ignores others', () => {
    expect(arrowDelta('ArrowDown')).toEqual([1, 0]);
    expect(arrowDelta('ArrowLeft')).toEqual([0, -1]);
    expect(arrowDelta('Enter')).toBeNull();
  });
});
