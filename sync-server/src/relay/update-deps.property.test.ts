// The relay's dependency check reads an update's ids itself (update-deps.ts): for any
// update — every kind of content (strings, any, binary, JSON, embeds, formats, nested and
// XML types, subdocuments, deletions), merged ones with skips — on a document holding any
// part of the history, and for the same bytes cut short or with a byte changed, it answers
// or throws exactly as the check on the structs Yjs decodes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodedMissing, missingDependencies } from './update-deps.ts';

const outcome = (check: () => boolean): string => {
  try {
    return String(check());
  } catch {
    return 'throws';
  }
};

const opArb = fc.record({
  client: fc.nat({ max: 2 }),
  kind: fc.constantFrom(
    'text',
    'text-delete',
    'format',
    'embed',
    'array',
    'array-delete',
    'map',
    'map-delete',
    'nested',
    'xml',
    'subdoc',
    'sync',
  ),
  at: fc.nat({ max: 20 }),
  len: fc.integer({ min: 1, max: 4 }),
  text: fc.string({ maxLength: 6 }),
  value: fc.oneof(
    fc.string({ maxLength: 5 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), {
      maxKeys: 2,
      noNullPrototype: true,
    }),
    fc.uint8Array({ maxLength: 4 }),
  ),
});
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

function play(doc: Y.Doc, others: readonly Y.Doc[], op: Op): void {
  const text = doc.getText('t');
  const array = doc.getArray<unknown>('a');
  const map = doc.getMap<unknown>('m');
  const at = (n: number) => op.at % (n + 1);
  switch (op.kind) {
    case 'text':
      return text.insert(at(text.length), op.text || 'x');
    case 'text-delete':
      if (text.length > 0) text.delete(at(text.length - 1), Math.min(op.len, text.length));
      return;
    case 'format':
      if (text.length > 0) text.format(0, Math.min(op.len, text.length), { bold: true });
      return;
    case 'embed':
      return text.insertEmbed(at(text.length), { image: op.text });
    case 'array':
      return array.insert(at(array.length), [op.value]);
    case 'array-delete':
      if (array.length > 0) array.delete(at(array.length - 1), 1);
      return;
    case 'map':
      map.set(op.text, op.value);
      return;
    case 'map-delete':
      return map.delete(op.text);
    case 'nested': {
      const inner = new Y.Map<unknown>();
      map.set(`n${op.at}`, inner);
      inner.set('k', op.value);
      return;
    }
    case 'xml': {
      const el = new Y.XmlElement('p');
      // a hook is an XML element to Yjs' typings; its own type to the update format
      el.insert(0, [new Y.XmlText(op.text), new Y.XmlHook('h') as unknown as Y.XmlElement]);
      doc.getXmlFragment('x').insert(0, [el]);
      return;
    }
    case 'subdoc':
      return array.insert(0, [new Y.Doc({ guid: `g${op.at}` })]);
    case 'sync': {
      const from = others[op.at % others.length]!;
      if (from !== doc) Y.applyUpdate(doc, Y.encodeStateAsUpdate(from, Y.encodeStateVector(doc)));
      return;
    }
  }
}

describe('missingDependencies', () => {
  it('answers and throws as the check on the structs Yjs decodes', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { minLength: 1, maxLength: 25 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.nat(),
        fc.nat({ max: 255 }),
        (ops, held, cut, byte) => {
          const docs = [1, 2, 3].map((id) => {
            const doc = new Y.Doc();
            doc.clientID = id;
            return doc;
          });
          const updates: Uint8Array[] = [];
          for (const doc of docs) doc.on('update', (u: Uint8Array) => updates.push(u));
          for (const op of ops) play(docs[op.client]!, docs, op);
          // the document the relay holds: some of the history, in order
          const target = new Y.Doc();
          updates.forEach((u, i) => {
            if (held[i % held.length]) Y.applyUpdate(target, u);
          });
          const candidates = [
            ...updates,
            ...docs.map((d) => Y.encodeStateAsUpdate(d)),
            ...docs.map((d) => Y.encodeStateAsUpdate(d, Y.encodeStateVector(target))),
            Y.mergeUpdates(updates.filter((_, i) => !held[(i + 1) % held.length])),
          ];
          for (const update of candidates) {
            expect(outcome(() => missingDependencies(target, update))).toBe(
              outcome(() => decodedMissing(target, update)),
            );
            if (update.length === 0) continue;
            const short = update.slice(0, cut % update.length);
            expect(outcome(() => missingDependencies(target, short))).toBe(
              outcome(() => decodedMissing(target, short)),
            );
            const changed = update.slice();
            changed[cut % changed.length] = byte;
            expect(outcome(() => missingDependencies(target, changed))).toBe(
              outcome(() => decodedMissing(target, changed)),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000); // 300 histories of up to 25 edits, each update also cut and changed
});
