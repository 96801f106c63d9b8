// The version of a document's state, to order recounts of one organization made on
// different instances: the sum of every client's clock (insertions) and of the lengths of
// deleted ranges (deletions). Both only grow as updates merge, so a state that contains
// another has a version at least as high, and one that adds any insertion or deletion a
// higher one. Instances that hold the same merged state compute the same version.
// Read straight from the document's struct store, which is what Yjs' state vector (each
// client's last struct's end) and delete set (its deleted structs, GC'd ones included)
// are made from — without building either: it runs after every counted edit.
import type * as Y from 'yjs';

export function docVersion(doc: Y.Doc): number {
  let version = 0;
  for (const structs of doc.store.clients.values()) {
    const last = structs[structs.length - 1];
    if (last) version += last.id.clock + last.length;
    for (const struct of structs) if (struct.deleted) version += struct.length;
  }
  return version;
}
