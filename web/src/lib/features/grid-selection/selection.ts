// The rectangular cell selection as two corners (anchor = where it started, focus = the
// corner Shift+arrows and mouse drags move), in displayed row and column indices. No
// per-cell state: "is this cell selected" is four comparisons, so 10,000 rows cost nothing.

export interface CellPos {
  readonly row: number;
  readonly col: number;
}

export interface Selection {
  readonly anchor: CellPos;
  readonly focus: CellPos;
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function collapsed(cell: CellPos): Selection {
  return { anchor: cell, focus: cell };
}

export function rectOf(sel: Selection): Rect {
  return {
    top: Math.min(sel.anchor.row, sel.focus.row),
    bottom: Math.max(sel.anchor.row, sel.focus.row),
    left: Math.min(sel.anchor.col, sel.focus.col),
    right: Math.max(sel.anchor.col, sel.focus.col),
  };
}

export function contains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

export function cellCount(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value));
}

/** Moves the focus corner by (dRow, dCol) within rows × cols; the anchor stays. */
export function extend(
  sel: Selection,
  dRow: number,
  dCol: number,
  rows: number,
  cols: number,
): Selection {
  const focus = {
    row: clamp(sel.focus.row + dRow, rows - 1),
    col: clamp(sel.focus.col + dCol, cols - 1),
  };
  return { anchor: sel.anchor, focus };
}

/** Sets the focus corner (Shift+click, mouse drag). */
export function extendTo(sel: Selection, cell: CellPos): Selection {
  return { anchor: sel.anchor, focus: cell };
}

/** Direction of an arrow key, or null for other keys. */
export function arrowDelta(key: string): [number, number] | null {
  switch (key) {
    case 'ArrowUp':
      return [-1, 0];
    case 'ArrowDown':
      return [1, 0];
    case 'ArrowLeft':
      return [0, -1];
    case 'ArrowRight':
      return [0, 1];
    default:
      return null;
  }
}
