// Does an update depend on structures the document does not have? Yjs would keep such
// an update pending in memory (and emit nothing for it); the relay refuses it instead,
// so what it stores is always integrated state — a client that really lacks the base
// reconnects and sends it with its sync step 2. Checked before anything touches the
// document: every client's structs must continue that client's known clock without a
// gap, and every origin, right origin, parent and deleted range must lie in what the
// document has or what the same update brings.
// The update (Yjs' format 1) is read here for the ids alone, with the readers Yjs decodes
// it with, so it throws on every update Yjs' decoder throws on — without building the
// structs Yjs builds again when it applies the update (one decode per edit, not two).
// An update carrying a subdocument is rare and checked on Yjs' own decoding.
import { BIT6, BIT7, BIT8, BITS5 } from 'lib0/binary';
import {
  createDecoder,
  readAny,
  readUint8,
  readVarString,
  readVarUint,
  readVarUint8Array,
} from 'lib0/decoding';
import type { Decoder } from 'lib0/decoding';
import * as Y from 'yjs';

type Ref = { readonly client: number; readonly clock: number };

/** A subdocument's content: Yjs builds a document of it, so its decoder decides. */
class DecodeWithYjs extends Error {}

export function missingDependencies(doc: Y.Doc, update: Uint8Array): boolean {
  try {
    return readMissing(doc, update);
  } catch (err) {
    if (err instanceof DecodeWithYjs) return decodedMissing(doc, update);
    throw err;
  }
}

function readMissing(doc: Y.Doc, update: Uint8Array): boolean {
  const d = createDecoder(update);
  const known = new Map<number, number>();
  const knownOf = (client: number) => known.get(client) ?? Y.getState(doc.store, client);
  /** Ids (client, clock pairs) the structs refer to: in the document or the update. */
  const refs: number[] = [];
  let missing = false;
  const clients = readVarUint(d);
  for (let i = 0; i < clients; i++) {
    const structs = readVarUint(d);
    const client = readVarUint(d);
    let clock = readVarUint(d);
    for (let j = 0; j < structs; j++) {
      // told apart as Yjs' decodeUpdate tells them (a skip is exactly 10)
      const info = readUint8(d);
      const ref = info & BITS5;
      if (info === 10) {
        clock += readVarUint(d); // a skip: nothing of this client's here
        continue;
      }
      let length: number;
      if (ref === 0)
        length = readVarUint(d); // garbage-collected
      else {
        if ((info & BIT8) === BIT8) refs.push(readVarUint(d), readVarUint(d));
        if ((info & BIT7) === BIT7) refs.push(readVarUint(d), readVarUint(d));
        if ((info & (BIT7 | BIT8)) === 0) {
          if (readVarUint(d) === 1) readVarString(d);
          else refs.push(readVarUint(d), readVarUint(d));
          if ((info & BIT6) === BIT6) readVarString(d);
        }
        length = contentLength(d, ref);
      }
      const have = knownOf(client);
      if (clock > have) missing = true;
      known.set(client, Math.max(have, clock + length));
      clock += length;
    }
  }
  for (let k = 0; k < refs.length; k += 2) if (refs[k + 1]! >= knownOf(refs[k]!)) missing = true;
  const deleting = readVarUint(d);
  for (let i = 0; i < deleting; i++) {
    const client = readVarUint(d);
    const ranges = readVarUint(d);
    for (let j = 0; j < ranges; j++) {
      const clock = readVarUint(d);
      if (clock + readVarUint(d) > knownOf(client)) missing = true;
    }
  }
  return missing;
}

/** Reads an item's content as Yjs' decoder does (same readers, same errors); its length. */
function contentLength(d: Decoder, ref: number): number {
  switch (ref) {
    case 1: // deleted
      return readVarUint(d);
    case 2: {
      // JSON (legacy)
      const n = readVarUint(d);
      for (let i = 0; i < n; i++) {
        const text = readVarString(d);
        if (text !== 'undefined') JSON.parse(text);
      }
      return n;
    }
    case 3: // binary
      readVarUint8Array(d);
      return 1;
    case 4: // string: its UTF-16 length, as Yjs counts
      return readVarString(d).length;
    case 5: // embed
      JSON.parse(readVarString(d));
      return 1;
    case 6: // format
      readVarString(d);
      JSON.parse(readVarString(d));
      return 1;
    case 7: {
      // a type: array, map, text, XML element (named), fragment, hook (named), XML text
      const type = readVarUint(d);
      if (type === 3 || type === 5) readVarString(d);
      else if (type > 6) throw new Error(`unknown type ${type}`);
      return 1;
    }
    case 8: {
      // any
      const n = readVarUint(d);
      for (let i = 0; i < n; i++) readAny(d);
      return n;
    }
    case 9:
      throw new DecodeWithYjs();
    // 10 (a skip's number) with other bits set is an item whose content Yjs cannot read
    default:
      throw new Error(`unknown content ${ref}`);
  }
}

/** The same check on the structs Yjs decodes (also the property test's reference). */
export function decodedMissing(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  const known = new Map<number, number>();
  const knownOf = (client: number) => known.get(client) ?? Y.getState(doc.store, client);
  for (const s of structs) {
    if (s instanceof Y.Skip) continue;
    const { client, clock } = s.id;
    const have = knownOf(client);
    if (clock > have) return true;
    known.set(client, Math.max(have, clock + s.length));
  }
  const covered = (ref: Ref | null) => ref === null || ref.clock < knownOf(ref.client);
  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue;
    if (!covered(s.origin) || !covered(s.rightOrigin)) return true;
    const parent = s.parent as unknown;
    if (parent instanceof Y.ID && !covered(parent)) return true;
  }
  for (const [client, ranges] of ds.clients) {
    for (const r of ranges) if (r.clock + r.len > knownOf(client)) return true;
  }
  return false;
}
