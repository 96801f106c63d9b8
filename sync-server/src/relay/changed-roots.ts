// Which root types of a document a Yjs transaction changed, so that what derives from some
// roots only (the rollup summary, card checks, the duplicate index) can tell an edit of
// another root from one of its own. A change deep in a nested type counts for the root it
// hangs under. Yjs lists in `transaction.changed` every type that got an item or lost one
// (types made in the same transaction are covered by their parent's entry), so a
// transaction that changed no root here changed no content of the document.
import type * as Y from 'yjs';

type Type = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

/** Adds the names of the roots `transaction` changed to `into`. */
export function addChangedRoots(transaction: Y.Transaction, into: Set<string>): void {
  if (transaction.changed.size === 0) return;
  const roots = new Set<Type>();
  for (const type of transaction.changed.keys()) {
    let root: Type = type;
    while (root._item !== null) root = root._item.parent as Type;
    roots.add(root);
  }
  for (const [name, type] of transaction.doc.share) if (roots.has(type)) into.add(name);
}
