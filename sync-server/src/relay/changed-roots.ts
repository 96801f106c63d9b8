// What a Yjs transaction changed in a document, by root type (core DocChange), so that what
// derives from some parts only (the rollup summary, card checks, the duplicate index) can
// tell an edit of another part from one of its own. A change deep in a nested type counts
// for the root it hangs under; one in a map right under a root (a member's field) is also
// named by its key; one in the root itself or deeper down marks the root `shallow` —
// anything in it may have changed. Yjs lists in `transaction.changed` every type that got
// an item or lost one, with the keys (types made in the same transaction are covered by
// their parent's entry), so a transaction that changed no root here changed no content.
import type * as Y from 'yjs';
import type { DocChange } from '@profgrid/core';

type Type = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

/** An empty change to add transactions to. */
export const noChange = (): DocChange => ({
  roots: new Set(),
  shallow: new Set(),
  fields: new Map(),
});

/** Adds what `transaction` changed to `into`. */
export function addChanged(transaction: Y.Transaction, into: DocChange): void {
  if (transaction.changed.size === 0) return;
  const nameOf = new Map<Type, string>();
  for (const [name, type] of transaction.doc.share) nameOf.set(type, name);
  for (const [type, keys] of transaction.changed) {
    let root: Type = type;
    let depth = 0;
    while (root._item !== null) {
      root = root._item.parent as Type;
      depth++;
    }
    const name = nameOf.get(root);
    if (name === undefined) continue;
    into.roots.add(name);
    if (depth !== 1) {
      into.shallow.add(name);
      continue;
    }
    let fields = into.fields.get(name);
    if (!fields) into.fields.set(name, (fields = new Set()));
    for (const key of keys) {
      if (key === null)
        into.shallow.add(name); // a list under the root: not keyed
      else fields.add(key);
    }
  }
}
