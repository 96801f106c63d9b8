// The organization tree in memory, changed in place: records by id,
// each parent's children in sort order, each organization's ancestor chain. Adding or
// renaming an organization costs O(depth + siblings); a move re-chains only the moved
// subtree. The tree order of the whole list is built lazily and only after an insert or
// a move (list() is for whole-registry exports, never a request's hot path). Each node
// also keeps how many live organizations with their own document (primaries) its subtree
// holds, for committee views by level (updated along the ancestor chain on each change).
import { keepsPassport } from '@profgrid/core';
import type { OrgRecord } from '@profgrid/core';

/** A record as stored: the registry's order among siblings comes with it. */
export interface SortedOrg {
  readonly org: OrgRecord;
  readonly sortKey: number;
}

export class OrgTreeIndex {
  readonly #byId = new Map<string, OrgRecord>();
  /** Sort keys apart from the records (records go out as JSON as they are). */
  readonly #sortKeys = new Map<string, number>();
  /** Parent id (null: roots, also orgs whose parent is unknown) → children in sort order. */
  readonly #children = new Map<string | null, OrgRecord[]>();
  readonly #ancestors = new Map<string, readonly string[]>();
  #list: OrgRecord[] | null = [];
  /** Live primary organizations in each subtree (the node included); absent = 0. */
  readonly #kept = new Map<string, number>();

  /** Builds the index from rows in any order. */
  static of(rows: readonly SortedOrg[]): OrgTreeIndex {
    const index = new OrgTreeIndex();
    for (const { org, sortKey } of rows) {
      index.#byId.set(org.id, org);
      index.#sortKeys.set(org.id, sortKey);
    }
    const sorted = rows.map((r) => r.org).sort(index.#order);
    for (const r of sorted) index.#siblings(index.#parentKey(r)).push(r);
    for (const root of index.#children.get(null) ?? []) index.#chain(root.id, []);
    index.#list = null;
    // live primaries per subtree, children before parents (reverse tree order)
    const list = index.list();
    for (let i = list.length - 1; i >= 0; i--) {
      const o = list[i]!;
      if (keeps(o)) index.#addKept(o.id, 1);
      const n = index.keptIn(o.id);
      const parent = index.#parentKey(o);
      if (parent !== null && n > 0) index.#addKept(parent, n);
    }
    return index;
  }

  /** Siblings' order: sort key, then id. */
  readonly #order = (a: OrgRecord, b: OrgRecord): number =>
    (this.#sortKeys.get(a.id) ?? 0) - (this.#sortKeys.get(b.id) ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  /** Live primary organizations in the subtree of `id`, itself included. */
  keptIn(id: string): number {
    return this.#kept.get(id) ?? 0;
  }

  #addKept(id: string, delta: number): void {
    const n = (this.#kept.get(id) ?? 0) + delta;
    if (n === 0) this.#kept.delete(id);
    else this.#kept.set(id, n);
  }

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): OrgRecord | undefined {
    return this.#byId.get(id);
  }

  ancestorsOf(id: string): readonly string[] {
    return this.#ancestors.get(id) ?? [];
  }

  /** Children of `id` (null: the roots) in sort order; the array is the index's own. */
  children(id: string | null): readonly OrgRecord[] {
    return this.#children.get(id) ?? [];
  }

  /** The organization and every descendant, depth first in tree order. */
  *subtree(id: string): Generator<OrgRecord> {
    const top = this.#byId.get(id);
    if (!top) return;
    const stack: OrgRecord[] = [top];
    while (stack.length > 0) {
      const o = stack.pop()!;
      yield o;
      const kids = this.#children.get(o.id);
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }

  /** Every organization in tree order (parents before children, siblings by sort key). */
  list(): readonly OrgRecord[] {
    if (this.#list) return this.#list;
    const list: OrgRecord[] = [];
    for (const root of this.#children.get(null) ?? [])
      for (const o of this.subtree(root.id)) list.push(o);
    return (this.#list = list);
  }

  /**
   * Puts a record in (new, renamed, moved or archived); returns the ids whose ancestor
   * chain changed (the record and its descendants, on a move or an insert).
   */
  upsert(row: SortedOrg): string[] {
    const next = row.org;
    const prev = this.#byId.get(next.id);
    const prevKey = this.#sortKeys.get(next.id);
    this.#sortKeys.set(next.id, row.sortKey);
    const selfDelta = (keeps(next) ? 1 : 0) - (prev && keeps(prev) ? 1 : 0);
    this.#byId.set(next.id, next);
    if (prev && prev.parentId === next.parentId && prevKey === row.sortKey) {
      if (selfDelta !== 0) {
        for (const id of [next.id, ...this.ancestorsOf(next.id)]) this.#addKept(id, selfDelta);
      }
      const siblings = this.#siblings(this.#parentKey(next));
      const at = siblings.indexOf(prev);
      if (at >= 0) siblings[at] = next;
      if (this.#list) this.#list = null;
      return [];
    }
    const moving = prev ? this.keptIn(prev.id) : 0;
    if (prev) {
      for (const id of this.ancestorsOf(prev.id)) this.#addKept(id, -moving);
      this.#remove(prev);
    }
    insertSorted(this.#siblings(this.#parentKey(next)), next, this.#order);
    // a known parent's children that waited as roots (rows seen before their parent)
    const orphans = this.#children.get(null)?.filter((o) => o.parentId === next.id) ?? [];
    let adopted = 0;
    for (const o of orphans) {
      this.#remove(o);
      insertSorted(this.#siblings(next.id), o, this.#order);
      adopted += this.keptIn(o.id);
    }
    this.#list = null;
    const parent = this.#parentKey(next);
    const base = parent === null ? [] : [parent, ...this.ancestorsOf(parent)];
    const rechained = this.#chain(next.id, base);
    const total = moving + selfDelta + adopted;
    this.#addKept(next.id, total - this.keptIn(next.id));
    for (const id of this.ancestorsOf(next.id)) this.#addKept(id, total);
    return rechained;
  }

  #parentKey(o: OrgRecord): string | null {
    return o.parentId !== null && this.#byId.has(o.parentId) && o.parentId !== o.id
      ? o.parentId
      : null;
  }

  #siblings(parent: string | null): OrgRecord[] {
    let list = this.#children.get(parent);
    if (!list) this.#children.set(parent, (list = []));
    return list;
  }

  #remove(o: OrgRecord): void {
    for (const key of [this.#parentKey(o), null]) {
      const list = this.#children.get(key);
      const at = list ? list.findIndex((x) => x.id === o.id) : -1;
      if (at >= 0) {
        list!.splice(at, 1);
        return;
      }
    }
  }

  /** Sets the ancestor chains of `id`'s subtree below `ancestors`; returns their ids. */
  #chain(id: string, ancestors: readonly string[]): string[] {
    const changed: string[] = [];
    const stack: [string, readonly string[]][] = [[id, ancestors]];
    while (stack.length > 0) {
      const [at, chain] = stack.pop()!;
      if (chain.includes(at)) continue; // a cycle in bad rows: never loop
      this.#ancestors.set(at, chain);
      changed.push(at);
      const below = [at, ...chain];
      for (const child of this.#children.get(at) ?? []) stack.push([child.id, below]);
    }
    return changed;
  }
}

const keeps = (o: OrgRecord) => !o.archived && keepsPassport(o.level);

/** Inserts by sort key with a binary search (appends are the common case: O(1)). */
function insertSorted(
  list: OrgRecord[],
  o: OrgRecord,
  bySortKey: (a: OrgRecord, b: OrgRecord) => number,
): void {
  const last = list[list.length - 1];
  if (!last || bySortKey(last, o) < 0) {
    list.push(o);
    return;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bySortKey(list[mid]!, o) < 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, o);
}
