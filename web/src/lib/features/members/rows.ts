// Y → grid rows. The first load is one pass over the members map; afterwards only the
// ids a transaction touched are turned into an add / update / remove row transaction.
import { MEMBER_FIELDS, emptyMember, isCustomKey } from '@profgrid/core';
import type { MemberRecord, OrgDoc } from '@profgrid/core';

export interface RowChanges {
  readonly add: MemberRecord[];
  readonly update: MemberRecord[];
  /** Removed rows, as empty records carrying the id (the grid finds rows by id). */
  readonly remove: MemberRecord[];
}

export function allRows(doc: OrgDoc): MemberRecord[] {
  return doc.members();
}

/** Rows to add, update and remove for the changed ids, given which ids the grid has. */
export function rowChanges(
  doc: OrgDoc,
  ids: Iterable<string>,
  inGrid: (id: string) => boolean,
): RowChanges {
  const add: MemberRecord[] = [];
  const update: MemberRecord[] = [];
  const remove: MemberRecord[] = [];
  for (const id of ids) {
    const row = doc.member(id);
    const present = inGrid(id);
    if (row && present) update.push(row);
    else if (row) add.push(row);
    else if (present) remove.push(emptyMember(id));
  }
  return { add, update, remove };
}

function sameRow(a: MemberRecord, b: MemberRecord): boolean {
  for (const field of MEMBER_FIELDS) if (a[field] !== b[field]) return false;
  // Custom columns' values (`c:<id>` keys): the same keys with the same values…
  // …and the record columns (`r:` keys, read from the document's records).
  const extra = (k: string) => isCustomKey(k) || k.startsWith('r:');
  const ka = Object.keys(a).filter(extra);
  const kb = Object.keys(b).filter(extra);
  if (ka.length !== kb.length) return false;
  const ra = a as Readonly<Record<string, unknown>>;
  const rb = b as Readonly<Record<string, unknown>>;
  return ka.every((k) => ra[k] === rb[k]);
}

/** What turns the rows a grid shows (e.g. from the row cache) into the document's rows. */
export function reconcileRows(
  shown: Iterable<MemberRecord>,
  fresh: readonly MemberRecord[],
): RowChanges {
  const byId = new Map<string, MemberRecord>();
  for (const row of shown) byId.set(row.id, row);
  const add: MemberRecord[] = [];
  const update: MemberRecord[] = [];
  for (const row of fresh) {
    const old = byId.get(row.id);
    if (!old) add.push(row);
    else if (!sameRow(old, row)) update.push(row);
    byId.delete(row.id);
  }
  return { add, update, remove: [...byId.values()] };
}
