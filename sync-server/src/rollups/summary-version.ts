// The version of a document's state, to order recounts of one organization made on
// different instances: the sum of every client's clock (insertions) and of the lengths of
// deleted ranges (deletions). Both only grow as updates merge, so a state that contains
// another has a version at least as high, and one that adds any insertion or deletion a
// higher one. Instances that hold the same merged state compute the same version.
import * as Y from 'yjs';

export function docVersion(doc: Y.Doc): number {
  let version = 0;
  for (const clock of Y.decodeStateVector(Y.encodeStateVector(doc)).values()) version += clock;
  for (const ranges of Y.snapshot(doc).ds.clients.values()) {
    for (const range of ranges) version += range.len;
  }
  return version;
}
