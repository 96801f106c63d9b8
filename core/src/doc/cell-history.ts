// Cell history of an organization document: who changed which member field, when, and
// from what to what. One flat root Y.Array of plain entries, appended by OrgDoc inside
// the same transaction as the edit (a paste stays one undo step, and an undo takes its
// entries back with it).
//
// Why a flat array and not `Y.Map memberId -> Y.Array`: two replicas that create the
// nested array for the same member concurrently would each create their own, and Yjs
// keeps only one of them (last writer wins on the map key) — the other replica's entries
// would vanish. Appends to one array always merge. Each cell keeps at most `cap` entries:
// an append deletes that cell's oldest ones, so the document does not grow without bound
// (concurrent trims may briefly leave a few more or fewer; the next append trims again).
//
// Values are personal data: they live only here, inside the org's document, under its
// access rules; nothing in this module logs or exports them.
import * as Y from 'yjs';
import { ROOT } from './schema.ts';

/** Who edits, as recorded in history (a user of the registry, not a member). */
export interface HistoryActor {
  readonly id: string;
  readonly name: string;
}

export interface CellHistoryEntry {
  readonly memberId: string;
  readonly field: string;
  /** The value written ('' = cleared). */
  readonly value: string;
  /** The value it replaced, so the oldest kept entry still tells the original. */
  readonly prev: string;
  /** User id and display name of the author. */
  readonly by: string;
  readonly byName: string;
  /** Epoch milliseconds of the author's clock. */
  readonly at: number;
}

/** Entries kept per cell (member × field). */
export const HISTORY_CAP = 20;

export class CellHistory {
  readonly type: Y.Array<CellHistoryEntry>;
  readonly #cap: number;

  constructor(ydoc: Y.Doc, cap = HISTORY_CAP) {
    this.type = ydoc.getArray<CellHistoryEntry>(ROOT.history);
    this.#cap = cap;
  }

  /** Appends entries and trims the touched cells to the cap. Call inside a transaction. */
  append(entries: readonly CellHistoryEntry[]): void {
    if (entries.length === 0) return;
    this.type.push([...entries]);
    const touched = new Set(entries.map(cellKey));
    const seen = new Map<string, number>();
    const drop: number[] = [];
    const all = this.type.toArray();
    // Newest are at the end: count backwards, drop what is beyond the cap.
    for (let i = all.length - 1; i >= 0; i--) {
      const entry: unknown = all[i];
      if (!isEntry(entry) || !touched.has(cellKey(entry))) continue;
      const key = cellKey(entry);
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      if (n > this.#cap) drop.push(i);
    }
    deleteIndexes(this.type, drop);
  }

  /** A cell's entries, newest first (by author time, then by position). */
  entries(memberId: string, field: string): CellHistoryEntry[] {
    const out: { entry: CellHistoryEntry; pos: number }[] = [];
    this.type.toArray().forEach((entry: unknown, pos) => {
      if (isEntry(entry) && entry.memberId === memberId && entry.field === field) {
        out.push({ entry, pos });
      }
    });
    out.sort((a, b) => b.entry.at - a.entry.at || b.pos - a.pos);
    return out.map((x) => x.entry);
  }

  /** Removes every entry of these members (their record was deleted). Inside a transaction. */
  forget(memberIds: ReadonlySet<string>): void {
    const drop: number[] = [];
    this.type.toArray().forEach((entry: unknown, i) => {
      if (isEntry(entry) && memberIds.has(entry.memberId)) drop.push(i);
    });
    deleteIndexes(this.type, drop.reverse());
  }

  /** Calls `listener` after any change of the history (local or remote). */
  observe(listener: () => void): () => void {
    const handler = () => listener();
    this.type.observe(handler);
    return () => this.type.unobserve(handler);
  }
}

function cellKey(entry: CellHistoryEntry): string {
  return `${entry.memberId}\u0000${entry.field}`;
}

/** Entries come from other replicas: skip anything that is not one. */
function isEntry(x: unknown): x is CellHistoryEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e['memberId'] === 'string' &&
    typeof e['field'] === 'string' &&
    typeof e['value'] === 'string' &&
    typeof e['prev'] === 'string' &&
    typeof e['by'] === 'string' &&
    typeof e['byName'] === 'string' &&
    typeof e['at'] === 'number'
  );
}

/** Deletes positions given in descending order, one call per contiguous run. */
function deleteIndexes<T>(array: Y.Array<T>, descending: readonly number[]): void {
  let i = 0;
  while (i < descending.length) {
    let start = descending[i]!;
    let length = 1;
    while (i + length < descending.length && descending[i + length] === start - 1) {
      start--;
      length++;
    }
    array.delete(start, length);
    i += length;
  }
}
