// What copy, fill down and delete do to a selected rectangle, as pure functions of the
// displayed rows and columns. The controller turns the edits into ONE OrgDoc transaction.
import type { FieldEdit, MemberField } from '@profgrid/core';
import type { Rect } from './selection.ts';

export interface GridView {
  /** Member id of a displayed row (undefined outside the rows). */
  readonly rowIdAt: (index: number) => string | undefined;
  /** Fields of the displayed columns, in display order. */
  readonly columns: readonly MemberField[];
  /** Stored value of a member's field. */
  readonly valueOf: (id: string, field: MemberField) => string;
}

function* cells(rect: Rect, view: GridView): Generator<[string, MemberField, number, number]> {
  for (let r = rect.top; r <= rect.bottom; r++) {
    const id = view.rowIdAt(r);
    if (id === undefined) continue;
    for (let c = rect.left; c <= rect.right; c++) {
      const field = view.columns[c];
      if (field) yield [id, field, r, c];
    }
  }
}

/** The rectangle as rows of display texts (for TSV / HTML). */
export function copyBlock(
  rect: Rect,
  view: GridView,
  display: (field: MemberField, value: string) => string,
): string[][] {
  const out: string[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const id = view.rowIdAt(r);
    if (id === undefined) continue;
    const row: string[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const field = view.columns[c];
      if (field) row.push(display(field, view.valueOf(id, field)));
    }
    out.push(row);
  }
  return out;
}

/** Ctrl+D: every row of the rectangle takes the values of its first row. */
export function fillDownEdits(rect: Rect, view: GridView): FieldEdit[] {
  const source = view.rowIdAt(rect.top);
  if (source === undefined) return [];
  const edits: FieldEdit[] = [];
  for (const [id, field, r] of cells(rect, view)) {
    if (r === rect.top) continue;
    edits.push({ id, field, value: view.valueOf(source, field) });
  }
  return edits;
}

/** Delete: every non-empty cell of the rectangle becomes empty. */
export function clearEdits(rect: Rect, view: GridView): FieldEdit[] {
  const edits: FieldEdit[] = [];
  for (const [id, field] of cells(rect, view)) {
    if (view.valueOf(id, field) !== '') edits.push({ id, field, value: '' });
  }
  return edits;
}
