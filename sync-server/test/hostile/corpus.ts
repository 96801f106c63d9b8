// A generated corpus of malformed and hostile websocket messages for the relay.
// Deterministic from a seed. Each case is what one socket sends — one bad frame,
// or a flood — with the close codes the relay may answer it with. Nothing in it can change
// a stored document: updates are malformed, truncated, or depend on structures the relay
// does not have; the floods repeat messages that change nothing.
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { encodeMuxFrame } from '@profgrid/core';
import { seededRandom } from '@profgrid/core/demo';

export type Endpoint = 'mux' | 'sync';

export interface HostileCase {
  readonly category: string;
  readonly endpoint: Endpoint;
  /** The document: mux frames name it, /sync sockets open /sync/<doc>. */
  readonly doc: string;
  readonly frames: readonly (string | Uint8Array)[];
  /** Close codes the relay may answer with (any of them, with a reason). */
  readonly expect: readonly number[];
}

export interface CorpusOptions {
  readonly seed: number;
  /** Stop once the cases hold at least this many frames. */
  readonly minFrames: number;
  /** Documents the corpus aims at (they hold content the run checks afterwards). */
  readonly targets: readonly string[];
  /** All documents a socket may subscribe to (for the documents-per-socket case). */
  readonly allDocs: readonly string[];
  readonly limits: {
    readonly maxMessageBytes: number;
    readonly maxDocsPerSocket: number;
    readonly messageBurst: number;
  };
  /** The current full state of a target, whose re-sending changes nothing. */
  readonly stateOf: (doc: string) => Uint8Array;
}

function bytes(build: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  build(e);
  return encoding.toUint8Array(e);
}

const sync = (sub: number, payload: Uint8Array) =>
  bytes((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, sub);
    encoding.writeVarUint8Array(e, payload);
  });

/** An update of a fresh client whose first struct is not its first: it depends on more. */
function dependentUpdate(random: () => number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 1 + Math.floor(random() * 2 ** 30);
  const members = doc.getMap<string>('members');
  members.set(`x${Math.floor(random() * 1e6)}`, 'base');
  const before = Y.encodeStateVector(doc);
  members.set(`y${Math.floor(random() * 1e6)}`, 'on top');
  const update = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  return update;
}

/** An update that deletes a range of a client the relay has never seen. */
function deleteOfMissing(random: () => number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 1 + Math.floor(random() * 2 ** 30);
  const text = doc.getText('t');
  text.insert(0, 'abcdef');
  let update: Uint8Array | null = null;
  doc.on('update', (u: Uint8Array) => (update = u));
  text.delete(1, 3);
  doc.destroy();
  return update!;
}

export function buildCorpus(o: CorpusOptions): HostileCase[] {
  const random = seededRandom(o.seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
  const cases: HostileCase[] = [];
  let frames = 0;
  const add = (c: HostileCase) => {
    cases.push(c);
    frames += c.frames.length;
  };
  // Both endpoints: the message as is on /sync, framed with the document name on /mux.
  const both = (category: string, message: Uint8Array, expect: number[]) => {
    const doc = pick(o.targets);
    if (random() < 0.5) add({ category, endpoint: 'sync', doc, frames: [message], expect });
    else add({ category, endpoint: 'mux', doc, frames: [encodeMuxFrame(doc, message)], expect });
  };
  const generators: (() => void)[] = [
    () => {
      const text = Array.from({ length: 1 + int(40) }, () => String.fromCharCode(32 + int(90)));
      add({
        category: 'text frame',
        endpoint: random() < 0.5 ? 'mux' : 'sync',
        doc: pick(o.targets),
        frames: [text.join('')],
        expect: [1003],
      });
    },
    () => {
      // Continuation bits set to the end: a varint that never ends.
      const truncated = Uint8Array.from({ length: 1 + int(9) }, () => 0x80 | int(128));
      const endpoint: Endpoint = random() < 0.5 ? 'mux' : 'sync';
      add({
        category: 'truncated varint',
        endpoint,
        doc: pick(o.targets),
        frames: [truncated],
        expect: [1003],
      });
    },
    () => {
      // A declared length far beyond the message (document name or sync payload).
      const huge = 2 ** (20 + int(32));
      if (random() < 0.5) {
        const frame = bytes((e) => {
          encoding.writeVarUint(e, huge);
          encoding.writeUint8Array(e, randomBytes(int(16)));
        });
        add({
          category: 'huge declared length',
          endpoint: 'mux',
          doc: pick(o.targets),
          frames: [frame],
          expect: [1003],
        });
      } else {
        const message = bytes((e) => {
          encoding.writeVarUint(e, 0);
          encoding.writeVarUint(e, int(3));
          encoding.writeVarUint(e, huge);
          encoding.writeUint8Array(e, randomBytes(int(16)));
        });
        both('huge declared length', message, [1007]);
      }
    },
    () => both('zero-length update', sync(1 + int(2), new Uint8Array()), [1007]),
    () => {
      const name = bytes((e) => {
        // ASCII around one byte that can never be valid there (a lone continuation byte,
        // an overlong or out-of-range lead byte).
        const ascii = Array.from({ length: 1 + int(6) }, () => 0x61 + int(26));
        ascii.splice(int(ascii.length + 1), 0, pick([0x80, 0xbf, 0xc0, 0xc1, 0xf5, 0xff]));
        const raw = [...new TextEncoder().encode('org:'), ...ascii];
        encoding.writeVarUint8Array(e, Uint8Array.from(raw));
        encoding.writeUint8Array(e, sync(0, new Uint8Array([0])));
      });
      add({
        category: 'invalid UTF-8 document name',
        endpoint: 'mux',
        doc: pick(o.targets),
        frames: [name],
        expect: [1003],
      });
    },
    () => {
      const size = o.limits.maxMessageBytes + 1 + int(o.limits.maxMessageBytes / 2);
      const endpoint: Endpoint = random() < 0.5 ? 'mux' : 'sync';
      add({
        category: 'oversized message',
        endpoint,
        doc: pick(o.targets),
        frames: [new Uint8Array(size)],
        expect: [1009],
      });
    },
    () => {
      let type = 4 + int(2 ** 20);
      if (type === 100) type = 99;
      const message = bytes((e) => {
        encoding.writeVarUint(e, type);
        encoding.writeUint8Array(e, randomBytes(int(8)));
      });
      both('unknown message type', message, [1003]);
    },
    () => {
      const message = bytes((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 3 + int(1000));
        encoding.writeVarUint8Array(e, randomBytes(int(8)));
      });
      both('unknown sync sub-type', message, [1003]);
    },
    () => both('garbage update', sync(1 + int(2), randomBytes(1 + int(64))), [1007]),
    () => {
      const update = dependentUpdate(random);
      // Whole, or cut short: either way it cannot be integrated.
      const cut = random() < 0.5 ? update : update.subarray(0, 1 + int(update.length - 1));
      both('update referencing missing structures', sync(1 + int(2), cut), [1007]);
    },
    () => both('delete of missing structures', sync(2, deleteOfMissing(random)), [1007]),
    () =>
      both(
        'malformed state vector',
        sync(
          0,
          randomBytes(1 + int(8)).map((b) => b | 0x80),
        ),
        [1007],
      ),
    () => {
      // Flood: the document's own state (changes nothing) until the rate limit closes it.
      const doc = pick(o.targets);
      const message = sync(2, o.stateOf(doc));
      const n = o.limits.messageBurst + 50 + int(100);
      const endpoint: Endpoint = random() < 0.5 ? 'mux' : 'sync';
      const frame = endpoint === 'mux' ? encodeMuxFrame(doc, message) : message;
      add({
        category: 'flood of unchanged updates',
        endpoint,
        doc,
        frames: Array(n).fill(frame),
        expect: [4429],
      });
    },
    () => {
      const doc = pick(o.targets);
      const n = o.limits.messageBurst + 50 + int(100);
      const message = random() < 0.5 ? new Uint8Array([3]) : sync(0, new Uint8Array([0]));
      add({
        category: 'flood of queries',
        endpoint: 'mux',
        doc,
        frames: Array(n).fill(encodeMuxFrame(doc, message)),
        expect: [4429],
      });
    },
    () => {
      const n = o.limits.maxDocsPerSocket + 1;
      const docs = o.allDocs.slice(0, n);
      add({
        category: 'too many documents',
        endpoint: 'mux',
        doc: docs[0]!,
        frames: docs.map((d) => encodeMuxFrame(d, sync(0, new Uint8Array([0])))),
        expect: [4413],
      });
    },
  ];
  // Single-frame cases are cheap and many; floods and the big ones are a few per run.
  const weights = generators.map((_, i) => (i === 5 ? 1 : i >= 12 ? 0.4 : 10));
  const total = weights.reduce((a, b) => a + b, 0);
  while (frames < o.minFrames) {
    let r = random() * total;
    let i = 0;
    while (r >= weights[i]!) r -= weights[i++]!;
    generators[i]!();
  }
  return cases;
}
