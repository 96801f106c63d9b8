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

/**
 * Root type → its name, per document; made again when a root was added, or when a type is
 * not found (Yjs replaces a root read as a plain type by its typed one under the same name).
 */
const names = new WeakMap<Y.Doc, Map<Type, string>>();

function rootNames(doc: Y.Doc, fresh = false): Map<Type, string> {
  let nameOf = names.get(doc);
  if (!fresh && nameOf?.size === doc.share.size) return nameOf;
  nameOf = new Map();
  for (const [name, type] of doc.share) nameOf.set(type, name);
  names.set(doc, nameOf);
  return nameOf;
}

/** Adds what `transaction` changed to `into`. */
export function addChanged(transaction: Y.Transaction, into: DocChange): void {
  if (transaction.changed.size === 0) return;
  let nameOf = rootNames(transaction.doc);
  for (const [type, keys] of transaction.changed) {
    let root: Type = type;
    let depth = 0;
    while (root._item !== null) {
      root = root._item.parent as Type;
      depth++;
    }
    let name = nameOf.get(root);
    if (name === undefined) name = (nameOf = rootNames(transaction.doc, true)).get(root);
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
