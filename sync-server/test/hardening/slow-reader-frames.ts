// Frames the slow-reader tests and `pnpm bench backpressure` send: a sync step 1 of an empty
// state (answered with the whole document) and text that does not compress to nothing.
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { MSG_SYNC, encodeMuxFrame } from '@profgrid/core';

/** A mux frame asking for the whole document `docName`. */
export function step1(docName: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG_SYNC);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
  return encodeMuxFrame(docName, encoding.toUint8Array(e));
}

/** `bytes` characters of pseudo-random text (seeded). */
export function filler(bytes: number, seed: number): string {
  let s = '';
  let x = seed;
  while (s.length < bytes) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    s += x.toString(36);
  }
  return s.slice(0, bytes);
}
