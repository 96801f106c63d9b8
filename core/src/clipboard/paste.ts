// Paste mapping: a block of clipboard cells placed at a grid position becomes field edits
// of the displayed rows and, where the block runs past the last row, new members. Pure:
// the grid's displayed rows and columns, the cell parser (labels → codes, ДД.ММ.ГГГГ →
// ISO) and new ids come in as parameters. Applied in ONE transaction (= one undo step).
// Values are stored as parsed, invalid or not (validation flags them, nothing is dropped).
import type { CellKey } from '../model/custom-column.ts';
import type { MemberFields, OrgDoc } from '../doc/org-doc.ts';
import type { MembershipEvent } from '../model/event.ts';

export interface FieldEdit {
  readonly id: string;
  readonly field: CellKey;
  readonly value: string;
}

export interface NewMember {
  readonly id: string;
  readonly fields: MemberFields;
}

export interface PastePlan {
  readonly edits: FieldEdit[];
  readonly added: NewMember[];
  /** Block columns beyond the last displayed column (not pasted). */
  readonly droppedColumns: number;
}

export interface PasteTarget {
  /** Displayed row index of the top-left cell. */
  readonly row: number;
  /** Displayed column index of the top-left cell. */
  readonly col: number;
  /** Member id of a displayed row, or undefined past the last row. */
  readonly rowIdAt: (index: number) => string | undefined;
  /** Member fields (built-in or custom) of the displayed columns, in display order. */
  readonly columns: readonly CellKey[];
  /** What a typed text stores in a field (see the web's cell parser). */
  readonly parse: (field: CellKey, text: string) => string;
  readonly newId: () => string;
  /**
   * ISO date a new member joins on when the block gives none — today, as «Добавить
   * члена» fills in: a pasted member is on the register from the day of the paste.
   */
  readonly joinedOn?: string;
}

export function planPaste(block: readonly (readonly string[])[], target: PasteTarget): PastePlan {
  const edits: FieldEdit[] = [];
  const added: NewMember[] = [];
  const fields = target.columns.slice(target.col);
  let width = 0;
  for (const row of block) width = Math.max(width, row.length);
  for (let r = 0; r < block.length; r++) {
    const cells = block[r]!;
    const id = target.rowIdAt(target.row + r);
    if (id === undefined) {
      const values: Record<string, string> = {};
      let any = false;
      for (let c = 0; c < cells.length && c < fields.length; c++) {
        const value = target.parse(fields[c]!, cells[c]!);
        if (value !== '') any = true;
        values[fields[c]!] = value;
      }
      if (!any) continue;
      if (target.joinedOn && !values.joinedDate) values.joinedDate = target.joinedOn;
      added.push({ id: target.newId(), fields: values as MemberFields });
      continue;
    }
    for (let c = 0; c < cells.length && c < fields.length; c++) {
      edits.push({ id, field: fields[c]!, value: target.parse(fields[c]!, cells[c]!) });
    }
  }
  return { edits, added, droppedColumns: Math.max(0, width - fields.length) };
}

/** The enrolment event recorded with a pasted new member. */
export type JoinedEvent = Omit<MembershipEvent, 'type' | 'memberId' | 'reason'>;

/** Applies a plan in one transaction: new members (with their enrolment) and edits. */
export function applyPastePlan(
  doc: OrgDoc,
  plan: PastePlan,
  joined: (member: NewMember) => JoinedEvent | undefined,
): void {
  doc.transact(() => {
    for (const member of plan.added) doc.addMember(member.id, member.fields, joined(member));
    doc.setMemberFields(plan.edits);
  });
}
