import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { missingDependencies } from './update-deps.ts';

function replica(clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  return doc;
}

/** The update of one change made on `doc`. */
function change(doc: Y.Doc, edit: () => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  edit();
  return Y.encodeStateAsUpdate(doc, before);
}

describe('missingDependencies', () => {
  it('is false for an update of a new client on an empty document', () => {
    const a = replica(1);
    const update = change(a, () => a.getMap('m').set('k', 'v'));
    expect(missingDependencies(new Y.Doc(), update)).toBe(false);
  });

  it('is true for a client whose earlier changes the document lacks (a clock gap)', () => {
    const a = replica(1);
    change(a, () => a.getMap('m').set('k', 'v'));
    const second = change(a, () => a.getMap('m').set('l', 'w'));
    expect(missingDependencies(new Y.Doc(), second)).toBe(true);
  });

  it('is true for an insert whose origin belongs to another client the document lacks', () => {
    const a = replica(1);
    a.getText('t').insert(0, 'abc');
    const b = replica(2);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const onTop = change(b, () => b.getText('t').insert(2, 'X'));
    expect(missingDependencies(new Y.Doc(), onTop)).toBe(true);
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(a));
    expect(missingDependencies(server, onTop)).toBe(false);
  });

  it('is true for a deletion of content the document does not have', () => {
    const a = replica(1);
    a.getText('t').insert(0, 'abcdef');
    let deletion: Uint8Array | null = null;
    a.on('update', (u: Uint8Array) => (deletion = u));
    a.getText('t').delete(1, 3);
    expect(missingDependencies(new Y.Doc(), deletion!)).toBe(true);
  });

  it('is false when the update itself brings what its later structs depend on', () => {
    const a = replica(1);
    a.getText('t').insert(0, 'abc');
    const b = replica(2);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    b.getText('t').insert(1, 'X');
    b.getText('t').delete(0, 1);
    expect(missingDependencies(new Y.Doc(), Y.encodeStateAsUpdate(b))).toBe(false);
  });

  it('throws on bytes that are not an update (the caller closes 1007)', () => {
    expect(() => missingDependencies(new Y.Doc(), new Uint8Array([5, 200, 1, 2]))).toThrow();
  });
});
